"""Following learners one by one: their page, writing to them, their enrolments and certificates."""
