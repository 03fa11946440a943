"""Pactum's hook for pymorphy3: the Ukrainian dictionary only.

The stock hook (pyinstaller-hooks-contrib) always adds the Russian dictionary, 16 MB that
Pactum never loads. pymorphy3 finds dictionaries through the ``pymorphy3_dicts`` entry point,
so the Ukrainian package needs its metadata as well as its data files.
"""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = copy_metadata("pymorphy3") + copy_metadata("pymorphy3_dicts_uk")
datas += collect_data_files("pymorphy3_dicts_uk")
hiddenimports = ["pymorphy3_dicts_uk"]
excludedimports = ["pymorphy3_dicts_ru"]
