//! Fetching articles by URL and reducing HTML to article text and publication date.
