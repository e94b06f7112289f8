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
package org.biadeposit.example;

import java.util.List;

/**
 * One imaging set-up of the example study: the instrument and the settings every image taken with it shares, as a
 * microscope's software would record them.
 */
record SetUp(String key, String microscopeManufacturer, String microscopeModel, String microscopeType,
	String objectiveManufacturer, String objectiveModel, double magnification, double lensNA, String immersion,
	List<Detector> detectors, List<Channel> channels, String acquisitionMode, double pixelSize, double zStep,
	int bitsPerPixel)
{

	/** The same set-up recording only its first channel (the small tiles of a large generated study). */
	SetUp singleChannel() {
		return new SetUp(key, microscopeManufacturer, microscopeModel, microscopeType, objectiveManufacturer,
			objectiveModel, magnification, lensNA, immersion, detectors, channels.subList(0, 1), acquisitionMode,
			pixelSize, zStep, bitsPerPixel);
	}

	record Detector(String manufacturer, String model, String type) {}

	record Channel(String name, String fluor, double excitation, double emission, String color) {}

	/** A laser-scanning confocal with two photomultipliers: 63x oil, DAPI and Alexa Fluor 488. */
	static final SetUp CONFOCAL = new SetUp("confocal", "Leica Microsystems", "TCS SP8", "Inverted",
		"Leica Microsystems", "HC PL APO 63x/1.40 Oil CS2", 63, 1.4, "Oil", List.of(new Detector("Leica Microsystems",
			"HyD SMD", "PMT"), new Detector("Leica Microsystems", "PMT 2", "PMT")), List.of(new Channel("DAPI", "DAPI",
				405, 450, "0000FF"), new Channel("ZO-1", "Alexa Fluor 488", 488, 520, "00FF00")),
		"LaserScanningConfocalMicroscopy", 0.0901, 0.5, 8);

	/** A widefield microscope with an sCMOS camera: 20x air, Hoechst and mCherry. */
	static final SetUp WIDEFIELD = new SetUp("widefield", "Nikon", "Eclipse Ti2-E", "Inverted", "Nikon",
		"CFI Plan Apo Lambda 20X", 20, 0.75, "Air", List.of(new Detector("Hamamatsu", "ORCA-Flash4.0 V3", "CMOS")),
		List.of(new Channel("Hoechst", "Hoechst 33342", 350, 461, "0000FF"), new Channel("mCherry", "mCherry", 587,
			610, "FF0000")), "WideField", 0.325, 2.0, 16);
}
