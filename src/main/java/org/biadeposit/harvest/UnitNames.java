/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.harvest;

import java.util.Locale;
import java.util.Map;

import ome.units.UNITS;
import ome.units.quantity.Length;
import ome.units.quantity.Quantity;
import ome.units.quantity.Time;
import ome.units.unit.Unit;

/**
 * The length and time units every reader understands, one table for all: by UDUNITS-2 name (the names OME-NGFF
 * allows) in any case, British spelling or plural ("Micrometres"), and by common symbol exactly as written ("mm" is
 * not "Mm"). The OME-Zarr reader refuses what is not here; the ImageJ TIFF reader adds ImageJ's own spellings.
 */
public final class UnitNames<Q extends Quantity> {

	/** Length units. */
	public static final UnitNames<Length> LENGTH = new UnitNames<>(Map.ofEntries( //
		Map.entry("angstrom", UNITS.ANGSTROM), //
		Map.entry("attometer", UNITS.ATTOMETER), //
		Map.entry("centimeter", UNITS.CENTIMETER), //
		Map.entry("decimeter", UNITS.DECIMETER), //
		Map.entry("exameter", UNITS.EXAMETER), //
		Map.entry("femtometer", UNITS.FEMTOMETER), //
		Map.entry("foot", UNITS.FOOT), //
		Map.entry("gigameter", UNITS.GIGAMETER), //
		Map.entry("hectometer", UNITS.HECTOMETER), //
		Map.entry("inch", UNITS.INCH), //
		Map.entry("kilometer", UNITS.KILOMETER), //
		Map.entry("megameter", UNITS.MEGAMETER), //
		Map.entry("meter", UNITS.METER), //
		Map.entry("micrometer", UNITS.MICROMETER), //
		Map.entry("micron", UNITS.MICROMETER), //
		Map.entry("mile", UNITS.MILE), //
		Map.entry("millimeter", UNITS.MILLIMETER), //
		Map.entry("nanometer", UNITS.NANOMETER), //
		Map.entry("parsec", UNITS.PARSEC), //
		Map.entry("petameter", UNITS.PETAMETER), //
		Map.entry("picometer", UNITS.PICOMETER), //
		Map.entry("terameter", UNITS.TERAMETER), //
		Map.entry("yard", UNITS.YARD), //
		Map.entry("yoctometer", UNITS.YOCTOMETER), //
		Map.entry("yottameter", UNITS.YOTTAMETER), //
		Map.entry("zeptometer", UNITS.ZEPTOMETER), //
		Map.entry("zettameter", UNITS.ZETTAMETER)), //
		Map.ofEntries( //
			Map.entry("\u00c5", UNITS.ANGSTROM), //
			Map.entry("pm", UNITS.PICOMETER), //
			Map.entry("nm", UNITS.NANOMETER), //
			Map.entry("um", UNITS.MICROMETER), //
			Map.entry("\u00b5m", UNITS.MICROMETER), // micro sign
			Map.entry("\u03bcm", UNITS.MICROMETER), // Greek mu
			Map.entry("mm", UNITS.MILLIMETER), //
			Map.entry("cm", UNITS.CENTIMETER), //
			Map.entry("m", UNITS.METER), //
			Map.entry("km", UNITS.KILOMETER)));

	/** Time units. */
	public static final UnitNames<Time> TIME = new UnitNames<>(Map.ofEntries( //
		Map.entry("attosecond", UNITS.ATTOSECOND), //
		Map.entry("centisecond", UNITS.CENTISECOND), //
		Map.entry("day", UNITS.DAY), //
		Map.entry("decisecond", UNITS.DECISECOND), //
		Map.entry("exasecond", UNITS.EXASECOND), //
		Map.entry("femtosecond", UNITS.FEMTOSECOND), //
		Map.entry("gigasecond", UNITS.GIGASECOND), //
		Map.entry("hectosecond", UNITS.HECTOSECOND), //
		Map.entry("hour", UNITS.HOUR), //
		Map.entry("kilosecond", UNITS.KILOSECOND), //
		Map.entry("megasecond", UNITS.MEGASECOND), //
		Map.entry("microsecond", UNITS.MICROSECOND), //
		Map.entry("millisecond", UNITS.MILLISECOND), //
		Map.entry("minute", UNITS.MINUTE), //
		Map.entry("nanosecond", UNITS.NANOSECOND), //
		Map.entry("petasecond", UNITS.PETASECOND), //
		Map.entry("picosecond", UNITS.PICOSECOND), //
		Map.entry("second", UNITS.SECOND), //
		Map.entry("terasecond", UNITS.TERASECOND), //
		Map.entry("yoctosecond", UNITS.YOCTOSECOND), //
		Map.entry("yottasecond", UNITS.YOTTASECOND), //
		Map.entry("zeptosecond", UNITS.ZEPTOSECOND), //
		Map.entry("zettasecond", UNITS.ZETTASECOND)), //
		Map.ofEntries( //
			Map.entry("s", UNITS.SECOND), //
			Map.entry("ms", UNITS.MILLISECOND), //
			Map.entry("us", UNITS.MICROSECOND), //
			Map.entry("\u00b5s", UNITS.MICROSECOND), // micro sign
			Map.entry("\u03bcs", UNITS.MICROSECOND), // Greek mu
			Map.entry("ns", UNITS.NANOSECOND), //
			Map.entry("min", UNITS.MINUTE), //
			Map.entry("h", UNITS.HOUR), //
			Map.entry("d", UNITS.DAY)));

	private final Map<String, Unit<Q>> names;
	private final Map<String, Unit<Q>> symbols;

	private UnitNames(Map<String, Unit<Q>> names, Map<String, Unit<Q>> symbols) {
		this.names = names;
		this.symbols = symbols;
	}

	/** The unit written so, by symbol or by name, or null when it is not a unit of this kind. */
	public Unit<Q> find(String written) {
		String trimmed = written.trim();
		Unit<Q> unit = symbols.get(trimmed);
		if (unit != null) return unit;
		String name = trimmed.toLowerCase(Locale.ROOT).replace("metre", "meter");
		unit = names.get(name);
		if (unit == null && name.endsWith("s")) unit = names.get(name.substring(0, name.length() - 1));
		return unit;
	}
}
