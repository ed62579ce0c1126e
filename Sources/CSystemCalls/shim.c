// Header-only: see include/CSystemCalls.h.
