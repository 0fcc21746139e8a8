"""The world: maps, collision, people and the things he can use."""
