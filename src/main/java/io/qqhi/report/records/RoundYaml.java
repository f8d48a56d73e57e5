package io.qqhi.report.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.input.Round;

/**
 * round.yaml as qqhi writes it (docs/formats.md, round.yaml): keys in a fixed order, dates as
 * YYYY-MM-DD, times as UTC instants, so that two rounds with the same history are the same text.
 */
public final class RoundYaml {
    private RoundYaml() {
    }

    public static String text(Round r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", r.period());
        m.put("deadline", r.deadline() == null ? "" : r.deadline().toString());
        m.put("state", r.state());
        Map<String, Object> contacts = new LinkedHashMap<>();
        r.contacts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", e.getValue().name());
            c.put("phone", e.getValue().phone());
            c.put("email", e.getValue().email());
            contacts.put(e.getKey(), c);
        });
        m.put("contacts", contacts);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("from", r.reviewFrom() == null ? "" : r.reviewFrom().toString());
        review.put("to", r.reviewTo() == null ? "" : r.reviewTo().toString());
        m.put("review", review);
        List<Object> received = new ArrayList<>();
        for (Round.Receipt x : r.received()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", x.file());
            e.put("time", x.time());
            e.put("sha256", x.sha256());
            e.put("reason", x.reason());
            e.put("replaced", x.replaced());
            received.add(e);
        }
        m.put("received", received);
        List<Object> confirmations = new ArrayList<>();
        for (Round.Confirmation c : r.confirmations()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("item", c.item());
            e.put("unit", c.unit());
            e.put("note", c.note());
            e.put("time", c.time());
            confirmations.add(e);
        }
        m.put("confirmations", confirmations);
        List<Object> objections = new ArrayList<>();
        for (Round.Objection o : r.objections()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", o.id());
            e.put("unit", o.unit());
            e.put("item", o.item());
            e.put("claimed", o.claimed());
            e.put("basis", o.basis());
            e.put("evidence", o.evidence());
            e.put("file", o.file());
            e.put("status", o.status());
            e.put("ruling", o.ruling());
            e.put("time", o.time());
            objections.add(e);
        }
        m.put("objections", objections);
        if (r.freeze() != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("time", r.freeze().time());
            Map<String, Object> files = new LinkedHashMap<>();
            r.freeze().files().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> files.put(e.getKey(), e.getValue()));
            f.put("files", files);
            m.put("freeze", f);
        }
        return "# 本期数据收集记录（qqhi round 维护，请勿手工修改状态与记录；联络员可手工填写）\n" + SettingsWriter.write(m);
    }
}
