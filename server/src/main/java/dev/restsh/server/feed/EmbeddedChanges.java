package dev.restsh.server.feed;

import dev.restsh.server.inventory.IpChanged;
import dev.restsh.server.storage.Database;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * On the embedded database every write is made by this process (see {@link Database#soleWriter}), so its changes are
 * published in memory as they are committed. On PostgreSQL other instances and clients write too, and the feed
 * follows the database's change log instead ({@code PostgresChangeListener}).
 */
@Singleton
class EmbeddedChanges {
    private final ChangeFeed feed;
    private final boolean inProcess;

    @Inject
    EmbeddedChanges(ChangeFeed feed, Database database) {
        this.feed = feed;
        this.inProcess = database.kind().inProcess();
    }

    void committed(@Observes IpChanged change) {
        if (inProcess) {
            feed.publish(change);
        }
    }
}
