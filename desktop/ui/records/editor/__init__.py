"""The record editor: a form for every field of an agreement, repeating fields included."""
