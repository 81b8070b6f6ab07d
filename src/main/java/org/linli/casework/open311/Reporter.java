package org.linli.casework.open311;

/**
 * What a client says of the person reporting, besides the name and mainland mobile the case
 * itself keeps: GeoReport's {@code first_name}, {@code last_name}, {@code email}, {@code device_id},
 * {@code account_id}, a {@code phone} that is not a mainland mobile, and the {@code media_url} the
 * photo came from. Blank means not given.
 */
record Reporter(String firstName, String lastName, String email, String otherPhone, String deviceId, String accountId,
                String mediaUrl) {

    boolean empty() {
        return (firstName + lastName + email + otherPhone + deviceId + accountId + mediaUrl).isEmpty();
    }
}
