// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
package loci.formats.in;

public class SPEReader extends VendorReader {
	public SPEReader() {
		super("Princeton Instruments SPE", "spe");
	}
}
