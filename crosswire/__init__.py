"""crosswire: news reports into a checked record of who did what to whom, when, according to whom."""
