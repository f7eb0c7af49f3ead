"""The API's plumbing that every app's API shares: parsers, pagination, errors and their schema."""
