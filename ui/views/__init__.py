"""The pages of the main window: contacts, companies, sessions."""
