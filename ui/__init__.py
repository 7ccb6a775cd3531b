"""The desktop app: Qt widgets over crm.services (never SQL, never a Session)."""
