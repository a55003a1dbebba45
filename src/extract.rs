//! Extraction: article text in, incident reports out.
