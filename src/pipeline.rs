//! The main job: ingest the inputs, export the layers, render the maps.
