"""The incident table: a lazy model over the store and the panel with its search box."""
