"""The trainers' reports: Wagtail report views with their CSV and XLSX export."""
