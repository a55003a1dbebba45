//! The incident store: a GeoJSON FeatureCollection written atomically under a lock.
