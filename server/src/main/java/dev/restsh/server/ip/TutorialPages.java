package dev.restsh.server.ip;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/** Pages of {@code /get_ips} as sent: read from the database on every call. */
@Singleton
public class TutorialPages {
    private final AddressListQuery addresses;

    @Inject
    TutorialPages(AddressListQuery addresses) {
        this.addresses = addresses;
    }

    TutorialPage page(PageCursor after, int limit) throws SQLException {
        return TutorialPage.of(addresses.page(after, limit));
    }
}
