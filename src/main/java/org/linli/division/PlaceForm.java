package org.linli.division;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What staff type for a grid, an estate or a building. Floors and entrances apply to buildings,
 * where they are required ({@link Places} checks that, since it depends on the level).
 * A bean rather than a record so that one unconvertible field does not hide the other errors.
 */
public class PlaceForm {

    @NotBlank(message = "{division.place.name.required}")
    @Size(max = 100, message = "{division.place.name.too-long}")
    private String name = "";

    @Size(max = 200, message = "{division.place.address.too-long}")
    private String address = "";

    @Min(value = 1, message = "{division.place.floors.range}")
    @Max(value = 200, message = "{division.place.floors.range}")
    private Integer floors;

    @Min(value = 1, message = "{division.place.entrances.range}")
    @Max(value = 50, message = "{division.place.entrances.range}")
    private Integer entrances;

    public PlaceForm() {
    }

    public PlaceForm(String name, String address, Integer floors, Integer entrances) {
        this.name = name;
        this.address = address;
        this.floors = floors;
        this.entrances = entrances;
    }

    public static PlaceForm of(Division d) {
        return new PlaceForm(d.name(), d.address(), d.floors(), d.entrances());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getFloors() {
        return floors;
    }

    public void setFloors(Integer floors) {
        this.floors = floors;
    }

    public Integer getEntrances() {
        return entrances;
    }

    public void setEntrances(Integer entrances) {
        this.entrances = entrances;
    }
}
