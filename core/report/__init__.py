"""Analysis → outputs: the JSON export, the CSV and HTML reports and the data they share."""
