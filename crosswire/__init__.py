"""crosswire: news reports into a checked record of who did what to whom, when, per whom."""
