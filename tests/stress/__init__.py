"""The opt-in stress test (`make stress`): random interleavings of a window-like holder and
`pactum` commands on one small catalogue, with random SIGKILLs, checked after every round for
lost writes, half-applied imports and damage. See ``run.py``.
"""
