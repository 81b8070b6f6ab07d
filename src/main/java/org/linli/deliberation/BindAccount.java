package org.linli.deliberation;

/** What a resident types to bind their account to their registry record: the name and ID number on their ID card. */
public record BindAccount(String name, String idNumber) {

    public BindAccount {
        name = name == null ? "" : name.strip();
        idNumber = idNumber == null ? "" : idNumber.strip().toUpperCase();
    }

    @Override
    public String toString() {
        // The ID number never goes into logs.
        return "BindAccount[name=" + name + "]";
    }
}
