package cn.chainscout.common.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a one-shot command (backup, restore, admin password reset) that starts the app, does
 * its work and exits: no warm-up, no trend recorder, no first-start account, the web server on a free
 * loopback port and the embedded database's Bolt port free unless the user gave them.
 */
public final class CommandLineSettings {

    private CommandLineSettings() {
    }

    /** The command's own settings, then the ones the user gave (which win, coming last). */
    public static String[] of(List<String> commandSettings, List<String> given) {
        List<String> settings = new ArrayList<>(List.of("--chainscout.admin.bootstrap=false", "--chainscout.leads.warm-up=false",
                "--chainscout.dashboard.record-trend=false", "--server.address=127.0.0.1"));
        settings.addAll(commandSettings);
        if (given.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            settings.add("--server.port=0");
        }
        if (given.stream().noneMatch(a -> a.startsWith("--chainscout.neo4j.embedded.bolt-port="))) {
            settings.add("--chainscout.neo4j.embedded.bolt-port=0");
        }
        settings.addAll(given);
        return settings.toArray(String[]::new);
    }
}
