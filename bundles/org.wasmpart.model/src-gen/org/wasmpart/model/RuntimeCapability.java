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
 * A representation of the literals of the enumeration '<em><b>Runtime Capability</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getRuntimeCapability()
 * @model
 * @generated
 */
public enum RuntimeCapability implements Enumerator {
	/**
	 * The '<em><b>SHARED HEAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_HEAP_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_HEAP(0, "SHARED_HEAP", "shared-heap"),

	/**
	 * The '<em><b>SHARED HEAP CHAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_HEAP_CHAIN_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_HEAP_CHAIN(1, "SHARED_HEAP_CHAIN", "shared-heap-chain"),

	/**
	 * The '<em><b>SHARED MEMORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_MEMORY_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_MEMORY(2, "SHARED_MEMORY", "shared-memory"),

	/**
	 * The '<em><b>LIB PTHREAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIB_PTHREAD_VALUE
	 * @generated
	 * @ordered
	 */
	LIB_PTHREAD(3, "LIB_PTHREAD", "lib-pthread"),

	/**
	 * The '<em><b>WASI THREADS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASI_THREADS_VALUE
	 * @generated
	 * @ordered
	 */
	WASI_THREADS(4, "WASI_THREADS", "wasi-threads"),

	/**
	 * The '<em><b>HW BOUND CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HW_BOUND_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	HW_BOUND_CHECK(5, "HW_BOUND_CHECK", "hw-bound-check"),

	/**
	 * The '<em><b>MULTI MODULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_MODULE_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_MODULE(6, "MULTI_MODULE", "multi-module"),

	/**
	 * The '<em><b>MEMORY MAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMORY_MAP_VALUE
	 * @generated
	 * @ordered
	 */
	MEMORY_MAP(7, "MEMORY_MAP", "memory-map"),

	/**
	 * The '<em><b>SOFTWARE BOUNDS MASKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTWARE_BOUNDS_MASKING_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTWARE_BOUNDS_MASKING(8, "SOFTWARE_BOUNDS_MASKING", "software-bounds-masking"),

	/**
	 * The '<em><b>CAPABILITIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPABILITIES_VALUE
	 * @generated
	 * @ordered
	 */
	CAPABILITIES(9, "CAPABILITIES", "capabilities");

	/**
	 * The '<em><b>SHARED HEAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_HEAP
	 * @model literal="shared-heap"
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_HEAP_VALUE = 0;

	/**
	 * The '<em><b>SHARED HEAP CHAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_HEAP_CHAIN
	 * @model literal="shared-heap-chain"
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_HEAP_CHAIN_VALUE = 1;

	/**
	 * The '<em><b>SHARED MEMORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_MEMORY
	 * @model literal="shared-memory"
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_MEMORY_VALUE = 2;

	/**
	 * The '<em><b>LIB PTHREAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIB_PTHREAD
	 * @model literal="lib-pthread"
	 * @generated
	 * @ordered
	 */
	public static final int LIB_PTHREAD_VALUE = 3;

	/**
	 * The '<em><b>WASI THREADS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASI_THREADS
	 * @model literal="wasi-threads"
	 * @generated
	 * @ordered
	 */
	public static final int WASI_THREADS_VALUE = 4;

	/**
	 * The '<em><b>HW BOUND CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HW_BOUND_CHECK
	 * @model literal="hw-bound-check"
	 * @generated
	 * @ordered
	 */
	public static final int HW_BOUND_CHECK_VALUE = 5;

	/**
	 * The '<em><b>MULTI MODULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_MODULE
	 * @model literal="multi-module"
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_MODULE_VALUE = 6;

	/**
	 * The '<em><b>MEMORY MAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMORY_MAP
	 * @model literal="memory-map"
	 * @generated
	 * @ordered
	 */
	public static final int MEMORY_MAP_VALUE = 7;

	/**
	 * The '<em><b>SOFTWARE BOUNDS MASKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTWARE_BOUNDS_MASKING
	 * @model literal="software-bounds-masking"
	 * @generated
	 * @ordered
	 */
	public static final int SOFTWARE_BOUNDS_MASKING_VALUE = 8;

	/**
	 * The '<em><b>CAPABILITIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPABILITIES
	 * @model literal="capabilities"
	 * @generated
	 * @ordered
	 */
	public static final int CAPABILITIES_VALUE = 9;

	/**
	 * An array of all the '<em><b>Runtime Capability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RuntimeCapability[] VALUES_ARRAY =
		new RuntimeCapability[] {
			SHARED_HEAP,
			SHARED_HEAP_CHAIN,
			SHARED_MEMORY,
			LIB_PTHREAD,
			WASI_THREADS,
			HW_BOUND_CHECK,
			MULTI_MODULE,
			MEMORY_MAP,
			SOFTWARE_BOUNDS_MASKING,
			CAPABILITIES,
		};

	/**
	 * A public read-only list of all the '<em><b>Runtime Capability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RuntimeCapability> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Runtime Capability</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeCapability get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuntimeCapability result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Runtime Capability</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeCapability getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuntimeCapability result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Runtime Capability</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeCapability get(int value) {
		switch (value) {
			case SHARED_HEAP_VALUE: return SHARED_HEAP;
			case SHARED_HEAP_CHAIN_VALUE: return SHARED_HEAP_CHAIN;
			case SHARED_MEMORY_VALUE: return SHARED_MEMORY;
			case LIB_PTHREAD_VALUE: return LIB_PTHREAD;
			case WASI_THREADS_VALUE: return WASI_THREADS;
			case HW_BOUND_CHECK_VALUE: return HW_BOUND_CHECK;
			case MULTI_MODULE_VALUE: return MULTI_MODULE;
			case MEMORY_MAP_VALUE: return MEMORY_MAP;
			case SOFTWARE_BOUNDS_MASKING_VALUE: return SOFTWARE_BOUNDS_MASKING;
			case CAPABILITIES_VALUE: return CAPABILITIES;
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
	private RuntimeCapability(int value, String name, String literal) {
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
	
} //RuntimeCapability
