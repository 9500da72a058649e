"""The rule engine, profiles, waivers and one module per rule family."""
