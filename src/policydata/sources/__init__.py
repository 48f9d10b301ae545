"""Sources: read raw inputs (files, JSON Lines, fetched pages) and detect their text encoding."""
