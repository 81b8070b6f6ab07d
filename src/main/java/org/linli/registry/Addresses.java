package org.linli.registry;

/** Reading standard addresses. */
public final class Addresses {

    private Addresses() {
    }

    /** "南二环路18号" → road "南二环路", number "18号"; nulls for no address. */
    public static String[] splitRoadAndNumber(String address) {
        if (address == null) {
            return new String[] {null, null};
        }
        int i = 0;
        while (i < address.length() && !Character.isDigit(address.charAt(i))) {
            i++;
        }
        return new String[] {address.substring(0, i), address.substring(i)};
    }
}
