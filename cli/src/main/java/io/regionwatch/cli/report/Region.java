package io.regionwatch.cli.report;

/** One public cloud region and where it is on the map. */
record Region(String provider, String id, double lat, double lon, String name) {
}
