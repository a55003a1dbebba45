//! Merging reports of the same real event into one incident.
