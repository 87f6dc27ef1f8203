package io.regionwatch.cli.report;

import io.regionwatch.cli.sink.AlertView;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.ApprovedRegions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a report shows, gathered while events and alerts stream past: counts per region, per hour,
 * per principal and per account, and the alerts themselves (bounded, so a huge scan still yields a
 * page a browser can open).
 */
public final class ReportData {
    static final int MAX_ALERTS_SHOWN = 2000;
    final ApprovedRegions approved;
    final String approvedSource;
    final Map<String, Long> activityByRegion = new TreeMap<>();
    final Map<String, Long> alertsByRegion = new TreeMap<>();
    final Map<Long, Long> unapprovedByHour = new TreeMap<>();
    final Map<Long, Long> alertsByHour = new TreeMap<>();
    final Map<String, Breakdown> principals = new TreeMap<>();
    final Map<String, Breakdown> accounts = new TreeMap<>();
    final List<Map<String, Object>> alerts = new ArrayList<>();
    long events;
    long unapprovedEvents;
    long alertCount;

    /** Counts for one principal or account. */
    static final class Breakdown {
        long events;
        long unapprovedEvents;
        long alerts;
        final Set<String> unapprovedRegions = new TreeSet<>();
        final Set<String> alertRegions = new TreeSet<>();
    }

    public ReportData(ApprovedRegions approved, String approvedSource) {
        this.approved = approved;
        this.approvedSource = approvedSource;
    }

    /** Counts one normalized event as activity. */
    public void observeEvent(Event event) {
        String provider = text(event.get("cloud.provider"));
        String region = RegionCatalog.regionOf(provider, text(event.get("cloud.region")));
        if (region.isEmpty()) {
            return;
        }
        events++;
        activityByRegion.merge(RegionCatalog.key(provider, region), 1L, Long::sum);
        boolean unapproved = isUnapproved(provider, region);
        Breakdown who = principals.computeIfAbsent(principal(event), k -> new Breakdown());
        Breakdown account = accounts.computeIfAbsent(orUnknown(text(event.get("cloud.account.id"))), k -> new Breakdown());
        for (Breakdown b : List.of(who, account)) {
            b.events++;
            if (unapproved) {
                b.unapprovedEvents++;
                b.unapprovedRegions.add(region);
            }
        }
        if (unapproved) {
            unapprovedEvents++;
            Long hour = hour(text(event.get("@timestamp")));
            if (hour != null) {
                unapprovedByHour.merge(hour, 1L, Long::sum);
            }
        }
    }

    /** Adds one alert document (building-block alerts of sequences are left out, as Kibana does). */
    public void observeAlert(Map<String, Object> alert) {
        if (AlertView.isBuildingBlock(alert)) {
            return;
        }
        AlertView v = AlertView.of(alert);
        alertCount++;
        if (alerts.size() < MAX_ALERTS_SHOWN) {
            alerts.add(alert);
        }
        if (!v.region().isEmpty()) {
            // a sequence's shell alert keeps only what its events share, so it may have no region
            alertsByRegion.merge(RegionCatalog.key(v.provider(), RegionCatalog.regionOf(v.provider(), v.region())), 1L, Long::sum);
        }
        Long hour = hour(v.time());
        if (hour != null) {
            alertsByHour.merge(hour, 1L, Long::sum);
        }
        for (Breakdown b : List.of(principals.computeIfAbsent(orUnknown(v.principal()), k -> new Breakdown()),
                accounts.computeIfAbsent(orUnknown(v.account()), k -> new Breakdown()))) {
            b.alerts++;
            if (!v.region().isEmpty()) {
                b.alertRegions.add(v.region());
            }
        }
    }

    /** Whether this provider has an approved list and the region is not on it. */
    boolean isUnapproved(String provider, String region) {
        if (!approved.covers(provider)) {
            return false;
        }
        Set<String> list = approved.byProvider().containsKey("*") ? approved.byProvider().get("*")
                : approved.byProvider().get(provider);
        return !list.contains(region);
    }

    boolean isApproved(String provider, String region) {
        return approved.covers(provider) && !isUnapproved(provider, region);
    }

    private static String principal(Event event) {
        for (String field : List.of("user.name", "aws.cloudtrail.user_identity.arn", "client.user.email", "user.email")) {
            String value = text(event.get(field));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "(unknown)";
    }

    static Long hour(String iso) {
        try {
            return Instant.parse(iso).getEpochSecond() / 3600;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String orUnknown(String s) {
        return s.isEmpty() ? "(unknown)" : s;
    }

    static String text(Object value) {
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return value == null ? "" : String.valueOf(value);
    }

    static Event asEvent(Map<String, Object> document) {
        return new Event(document, Origin.UNKNOWN);
    }
}
