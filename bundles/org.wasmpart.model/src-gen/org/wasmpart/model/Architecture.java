/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Architecture</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getArchitecture()
 * @model
 * @generated
 */
public enum Architecture implements Enumerator {
	/**
	 * The '<em><b>ARMV6M</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV6M_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV6M(0, "ARMV6M", "armv6-m"),

	/**
	 * The '<em><b>ARMV7M</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7M_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV7M(1, "ARMV7M", "armv7-m"),

	/**
	 * The '<em><b>ARMV7EM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7EM_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV7EM(2, "ARMV7EM", "armv7e-m"),

	/**
	 * The '<em><b>ARMV8M BASELINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV8M_BASELINE_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV8M_BASELINE(3, "ARMV8M_BASELINE", "armv8-m.base"),

	/**
	 * The '<em><b>ARMV8M MAINLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV8M_MAINLINE_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV8M_MAINLINE(4, "ARMV8M_MAINLINE", "armv8-m.main"),

	/**
	 * The '<em><b>ARMV7A</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7A_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV7A(5, "ARMV7A", "armv7-a"),

	/**
	 * The '<em><b>RV32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RV32_VALUE
	 * @generated
	 * @ordered
	 */
	RV32(6, "RV32", "rv32"),

	/**
	 * The '<em><b>RV64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RV64_VALUE
	 * @generated
	 * @ordered
	 */
	RV64(7, "RV64", "rv64"),

	/**
	 * The '<em><b>XTENSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTENSA_VALUE
	 * @generated
	 * @ordered
	 */
	XTENSA(8, "XTENSA", "xtensa");

	/**
	 * The '<em><b>ARMV6M</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV6M
	 * @model literal="armv6-m"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV6M_VALUE = 0;

	/**
	 * The '<em><b>ARMV7M</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7M
	 * @model literal="armv7-m"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV7M_VALUE = 1;

	/**
	 * The '<em><b>ARMV7EM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7EM
	 * @model literal="armv7e-m"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV7EM_VALUE = 2;

	/**
	 * The '<em><b>ARMV8M BASELINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV8M_BASELINE
	 * @model literal="armv8-m.base"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV8M_BASELINE_VALUE = 3;

	/**
	 * The '<em><b>ARMV8M MAINLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV8M_MAINLINE
	 * @model literal="armv8-m.main"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV8M_MAINLINE_VALUE = 4;

	/**
	 * The '<em><b>ARMV7A</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7A
	 * @model literal="armv7-a"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV7A_VALUE = 5;

	/**
	 * The '<em><b>RV32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RV32
	 * @model literal="rv32"
	 * @generated
	 * @ordered
	 */
	public static final int RV32_VALUE = 6;

	/**
	 * The '<em><b>RV64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RV64
	 * @model literal="rv64"
	 * @generated
	 * @ordered
	 */
	public static final int RV64_VALUE = 7;

	/**
	 * The '<em><b>XTENSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTENSA
	 * @model literal="xtensa"
	 * @generated
	 * @ordered
	 */
	public static final int XTENSA_VALUE = 8;

	/**
	 * An array of all the '<em><b>Architecture</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Architecture[] VALUES_ARRAY =
		new Architecture[] {
			ARMV6M,
			ARMV7M,
			ARMV7EM,
			ARMV8M_BASELINE,
			ARMV8M_MAINLINE,
			ARMV7A,
			RV32,
			RV64,
			XTENSA,
		};

	/**
	 * A public read-only list of all the '<em><b>Architecture</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Architecture> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Architecture</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Architecture get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Architecture result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Architecture</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Architecture getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Architecture result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Architecture</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Architecture get(int value) {
		switch (value) {
			case ARMV6M_VALUE: return ARMV6M;
			case ARMV7M_VALUE: return ARMV7M;
			case ARMV7EM_VALUE: return ARMV7EM;
			case ARMV8M_BASELINE_VALUE: return ARMV8M_BASELINE;
			case ARMV8M_MAINLINE_VALUE: return ARMV8M_MAINLINE;
			case ARMV7A_VALUE: return ARMV7A;
			case RV32_VALUE: return RV32;
			case RV64_VALUE: return RV64;
			case XTENSA_VALUE: return XTENSA;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Architecture(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Architecture
