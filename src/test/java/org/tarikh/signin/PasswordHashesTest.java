package org.tarikh.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void hashesCarryTheConfiguredCostAndCheckAsBcrypt() {
        String hash = new PasswordHashes(5).hash("correct-horse-battery");
        assertTrue(hash.matches("\\$2[ab]\\$05\\$.{53}"), hash);
        assertTrue(BcryptUtil.matches("correct-horse-battery", hash));
        assertFalse(BcryptUtil.matches("correct-horse-batterY", hash));
    }

    @Test
    void aCostOutsideBcryptsRangeIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHashes(3));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHashes(32));
    }
}
