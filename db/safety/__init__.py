"""The file's safety: opening and refusing files, encryption, backups, whole-file checks
and salvage, exclusive holds, bounded inputs and guarded outputs, error translation."""
