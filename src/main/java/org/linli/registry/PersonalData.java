package org.linli.registry;

import org.linli.registry.internal.Vault;
import org.linli.shared.Masks;
import org.springframework.stereotype.Component;

/**
 * Personal identifiers for other modules (a case's reporter, a message's recipient): sealed with
 * the registry's key, hashed for exact matching, masked for display.
 */
@Component
public class PersonalData {

    /** A phone number as stored: ciphertext, keyed hash, and the masked form. */
    public record SealedPhone(byte[] cipher, byte[] hash, String mask) {
    }

    private final Vault vault;

    PersonalData(Vault vault) {
        this.vault = vault;
    }

    /** Seals a valid mobile number ({@link Phone#problem} must have said nothing). */
    public SealedPhone sealPhone(String phone) {
        String p = phone.strip();
        return new SealedPhone(vault.encrypt(p), vault.hash(p), Masks.phone(p.substring(0, 3), p.substring(7)));
    }

    /**
     * Seals any other identifier a reporter gives — a number that is not a mainland mobile, an
     * e-mail address (Open311, issue #13) — with the masked form the caller shows instead.
     */
    public SealedPhone seal(String value, String mask) {
        String v = value.strip();
        return new SealedPhone(vault.encrypt(v), vault.hash(v), mask);
    }

    public byte[] hashPhone(String phone) {
        return vault.hash(phone.strip());
    }

    /** The keyed hash the registry finds a resident by (column {@code resident.id_hash}). */
    public byte[] hashIdNumber(org.linli.shared.IdNumber id) {
        return vault.hash(id.value());
    }

    public String open(byte[] cipher) {
        return vault.decrypt(cipher);
    }
}
