"""Files → documents: the folder walk and one reader per file format."""
