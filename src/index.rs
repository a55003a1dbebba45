//! R-tree over incidents and places; geodesic proximity queries.
