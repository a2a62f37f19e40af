package vn.thidua.bloc.notice;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.bloc.BlocWorld;
import vn.thidua.bloc.MailServer;
import vn.thidua.bloc.account.AccountRole;
import vn.thidua.bloc.account.Accounts;
import vn.thidua.bloc.covenant.CovenantResourceTest;

/** A covenant opened for signing reaches each member unit's leader by e-mail, through a real SMTP server. */
@QuarkusTest
class CovenantOpenedNoticeTest {

    static List<MimeMessage> to(String address) {
        return Arrays.stream(MailServer.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void theLeadersOfTheMemberUnitsAreToldWithTheLinkToSign() throws Exception {
        BlocWorld world = BlocWorld.create();
        String leader = "lanhdao." + world.suffix + "@thanhtra.gov.vn";
        String deputy = "pho." + world.suffix + "@thanhtra.gov.vn";
        String clerk = "canbo." + world.suffix + "@vks.gov.vn";
        String locked = "nghi." + world.suffix + "@toaan.gov.vn";
        Accounts.of("lanhdao." + world.suffix, leader, world.units.get(0), true, AccountRole.UNIT_LEADER);
        Accounts.of("pho." + world.suffix, deputy, world.units.get(0), true, AccountRole.UNIT_LEADER);
        Accounts.of("canbo." + world.suffix, clerk, world.units.get(2), true, AccountRole.UNIT_OFFICER);
        Accounts.of("nghi." + world.suffix, locked, world.units.get(3), false, AccountRole.UNIT_LEADER);

        UUID bloc = CovenantResourceTest.openCovenant(world, 2026);

        await().atMost(Duration.ofSeconds(90))
                .until(() -> to(leader).size() == 1 && to(deputy).size() == 1);
        MimeMessage mail = to(leader).get(0);
        assertEquals("Mời ký Giao ước thi đua năm 2026 của Khối thi đua số 3", mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("/blocs/" + bloc + "/covenants/2026/sign"), body);
        assertTrue(body.contains("Thanh tra tỉnh " + world.suffix), "names the leader's unit: " + body);
        // a unit officer and a locked account are not written to
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> to(clerk).isEmpty() && to(locked).isEmpty());
    }
}
