/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Designs of several sandboxed Wasm modules sharing memory on one microcontroller, and the catalog of boards, RTOS/runtime profiles, runtimes and memory-sharing options they refer to.
 * <!-- end-model-doc -->
 * @see org.wasmpart.model.WasmpartFactory
 * @model kind="package"
 * @generated
 */
public interface WasmpartPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://wasmpart.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "wasmpart";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.wasmpart.design";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WasmpartPackage eINSTANCE = org.wasmpart.model.impl.WasmpartPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.IdentifiedImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.SourcedImpl <em>Sourced</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.SourcedImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSourced()
	 * @generated
	 */
	int SOURCED = 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED__SOURCES = 0;

	/**
	 * The number of structural features of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.SourceImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FACTS = 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = 1;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SECTION = 2;

	/**
	 * The feature id for the '<em><b>Verified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__VERIFIED = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.CatalogImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME = 0;

	/**
	 * The feature id for the '<em><b>Boards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__BOARDS = 1;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__PROFILES = 2;

	/**
	 * The feature id for the '<em><b>Runtimes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__RUNTIMES = 3;

	/**
	 * The feature id for the '<em><b>Memory Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__MEMORY_OPTIONS = 4;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.BoardImpl <em>Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.BoardImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getBoard()
	 * @generated
	 */
	int BOARD = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__VENDOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Part</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__PART = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__CORES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Banks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__BANKS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.CoreImpl <em>Core</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.CoreImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getCore()
	 * @generated
	 */
	int CORE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__ARCHITECTURE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__CPU = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Protection Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__PROTECTION_UNITS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Core</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Core</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.ProtectionUnitImpl <em>Protection Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.ProtectionUnitImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getProtectionUnit()
	 * @generated
	 */
	int PROTECTION_UNIT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Security State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__SECURITY_STATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Entry Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__ENTRY_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Locked Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__LOCKED_ENTRIES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Min Region Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__MIN_REGION_SIZE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Granularity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__GRANULARITY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subregions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__SUBREGIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Overlap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__OVERLAP = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Na4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__NA4 = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tor Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__TOR_SUPPORTED = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Smepmp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__SMEPMP = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Page Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT__PAGE_SIZE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Protection Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Protection Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTION_UNIT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.MemoryBankImpl <em>Memory Bank</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.MemoryBankImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getMemoryBank()
	 * @generated
	 */
	int MEMORY_BANK = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__BASE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__SIZE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Executable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK__EXECUTABLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Memory Bank</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Memory Bank</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_BANK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.ReservedEntryProfileImpl <em>Reserved Entry Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.ReservedEntryProfileImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getReservedEntryProfile()
	 * @generated
	 */
	int RESERVED_ENTRY_PROFILE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE__SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE__ENTRIES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reserved Entry Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Reserved Entry Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_PROFILE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.ReservedEntryImpl <em>Reserved Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.ReservedEntryImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getReservedEntry()
	 * @generated
	 */
	int RESERVED_ENTRY = 9;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY__PURPOSE = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Applies To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY__APPLIES_TO = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY__NOTE = 3;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY__REGION = 4;

	/**
	 * The number of structural features of the '<em>Reserved Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Reserved Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.RuntimeProfileImpl <em>Runtime Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.RuntimeProfileImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getRuntimeProfile()
	 * @generated
	 */
	int RUNTIME_PROFILE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Runtime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__RUNTIME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__VERSION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Execution Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__EXECUTION_MODE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__FEATURES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Capabilities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__CAPABILITIES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Page Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE__PAGE_SIZE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Runtime Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Runtime Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PROFILE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.MemoryOptionImpl <em>Memory Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.MemoryOptionImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getMemoryOption()
	 * @generated
	 */
	int MEMORY_OPTION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Maturity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__MATURITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sharing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__SHARING = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enforcement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__ENFORCEMENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Protection Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__PROTECTION_KINDS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Runtimes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__RUNTIMES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Required Capabilities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__REQUIRED_CAPABILITIES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Required Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__REQUIRED_FEATURES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Min Region Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__MIN_REGION_SIZE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Max Region Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__MAX_REGION_SIZE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Rounds To Runtime Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Max Per Instance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__MAX_PER_INSTANCE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Per Module Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION__PER_MODULE_READ_ONLY = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Memory Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Memory Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.DesignImpl <em>Design</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.DesignImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getDesign()
	 * @generated
	 */
	int DESIGN = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__BOARD = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Core</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__CORE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Runtime</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__RUNTIME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__PROFILES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Memory Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__MEMORY_OPTION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reservations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__RESERVATIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Definitions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__DEFINITIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__MODULES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__REGIONS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.ToolchainImpl <em>Toolchain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.ToolchainImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getToolchain()
	 * @generated
	 */
	int TOOLCHAIN = 13;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLCHAIN__KIND = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLCHAIN__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLCHAIN__CHANNEL = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLCHAIN__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLCHAIN__FLAGS = 4;

	/**
	 * The number of structural features of the '<em>Toolchain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLCHAIN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Toolchain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLCHAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.WasmModuleImpl <em>Wasm Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.WasmModuleImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getWasmModule()
	 * @generated
	 */
	int WASM_MODULE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Toolchain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__TOOLCHAIN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__FEATURES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Disabled Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__DISABLED_FEATURES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Linear Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__LINEAR_MEMORY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__STACK = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Heap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__HEAP = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__BANK = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__BASE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__LAID_OUT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE__GRANTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Wasm Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Wasm Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WASM_MODULE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.ShareableImpl <em>Shareable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.ShareableImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getShareable()
	 * @generated
	 */
	int SHAREABLE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAREABLE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAREABLE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAREABLE__DESCRIPTION = IDENTIFIED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAREABLE__SIZE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Shareable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAREABLE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Shareable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAREABLE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.SharedRegionImpl <em>Shared Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.SharedRegionImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSharedRegion()
	 * @generated
	 */
	int SHARED_REGION = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__ID = SHAREABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__NAME = SHAREABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__DESCRIPTION = SHAREABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__SIZE = SHAREABLE__SIZE;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__BASE = SHAREABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__LAID_OUT = SHAREABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__BANK = SHAREABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Alignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__ALIGNMENT = SHAREABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Resizable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__RESIZABLE = SHAREABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Subpartitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__SUBPARTITIONS = SHAREABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Discipline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION__DISCIPLINE = SHAREABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Shared Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION_FEATURE_COUNT = SHAREABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Shared Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_REGION_OPERATION_COUNT = SHAREABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.SubpartitionImpl <em>Subpartition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.SubpartitionImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSubpartition()
	 * @generated
	 */
	int SUBPARTITION = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBPARTITION__ID = SHAREABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBPARTITION__NAME = SHAREABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBPARTITION__DESCRIPTION = SHAREABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBPARTITION__SIZE = SHAREABLE__SIZE;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBPARTITION__OFFSET = SHAREABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Subpartition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBPARTITION_FEATURE_COUNT = SHAREABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Subpartition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBPARTITION_OPERATION_COUNT = SHAREABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.AccessDisciplineImpl <em>Access Discipline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.AccessDisciplineImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getAccessDiscipline()
	 * @generated
	 */
	int ACCESS_DISCIPLINE = 18;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DISCIPLINE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Writer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DISCIPLINE__WRITER = 1;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DISCIPLINE__PRODUCER = 2;

	/**
	 * The feature id for the '<em><b>Consumer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DISCIPLINE__CONSUMER = 3;

	/**
	 * The feature id for the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DISCIPLINE__CONTROL = 4;

	/**
	 * The number of structural features of the '<em>Access Discipline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DISCIPLINE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Access Discipline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_DISCIPLINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.impl.GrantImpl <em>Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.GrantImpl
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getGrant()
	 * @generated
	 */
	int GRANT = 19;

	/**
	 * The feature id for the '<em><b>Module</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__MODULE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Permission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__PERMISSION = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__ROLE = 3;

	/**
	 * The number of structural features of the '<em>Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.ProtectionKind <em>Protection Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.ProtectionKind
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getProtectionKind()
	 * @generated
	 */
	int PROTECTION_KIND = 20;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.Architecture
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 21;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.SecurityState <em>Security State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.SecurityState
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSecurityState()
	 * @generated
	 */
	int SECURITY_STATE = 22;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.OverlapRule <em>Overlap Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.OverlapRule
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getOverlapRule()
	 * @generated
	 */
	int OVERLAP_RULE = 23;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.BankKind <em>Bank Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.BankKind
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getBankKind()
	 * @generated
	 */
	int BANK_KIND = 24;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.Permission <em>Permission</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.Permission
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 25;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.GrantRole <em>Grant Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.GrantRole
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getGrantRole()
	 * @generated
	 */
	int GRANT_ROLE = 26;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.DisciplineKind <em>Discipline Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.DisciplineKind
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getDisciplineKind()
	 * @generated
	 */
	int DISCIPLINE_KIND = 27;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.RuntimeKind <em>Runtime Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.RuntimeKind
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getRuntimeKind()
	 * @generated
	 */
	int RUNTIME_KIND = 28;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.ExecutionMode <em>Execution Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.ExecutionMode
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getExecutionMode()
	 * @generated
	 */
	int EXECUTION_MODE = 29;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.WasmFeature <em>Wasm Feature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.WasmFeature
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getWasmFeature()
	 * @generated
	 */
	int WASM_FEATURE = 30;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.RuntimeCapability <em>Runtime Capability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.RuntimeCapability
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getRuntimeCapability()
	 * @generated
	 */
	int RUNTIME_CAPABILITY = 31;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.ToolchainKind <em>Toolchain Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.ToolchainKind
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getToolchainKind()
	 * @generated
	 */
	int TOOLCHAIN_KIND = 32;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.ReleaseChannel <em>Release Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.ReleaseChannel
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getReleaseChannel()
	 * @generated
	 */
	int RELEASE_CHANNEL = 33;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.ProfileKind <em>Profile Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.ProfileKind
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getProfileKind()
	 * @generated
	 */
	int PROFILE_KIND = 34;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.Enforcement <em>Enforcement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.Enforcement
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getEnforcement()
	 * @generated
	 */
	int ENFORCEMENT = 35;

	/**
	 * The meta object id for the '{@link org.wasmpart.model.Maturity <em>Maturity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.Maturity
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getMaturity()
	 * @generated
	 */
	int MATURITY = 36;

	/**
	 * The meta object id for the '<em>Address</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getAddress()
	 * @generated
	 */
	int ADDRESS = 37;

	/**
	 * The meta object id for the '<em>Byte Size</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getByteSize()
	 * @generated
	 */
	int BYTE_SIZE = 38;


	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.wasmpart.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.wasmpart.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Identified#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wasmpart.model.Identified#getName()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Identified#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wasmpart.model.Identified#getDescription()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Description();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Sourced <em>Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sourced</em>'.
	 * @see org.wasmpart.model.Sourced
	 * @generated
	 */
	EClass getSourced();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Sourced#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.wasmpart.model.Sourced#getSources()
	 * @see #getSourced()
	 * @generated
	 */
	EReference getSourced_Sources();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.wasmpart.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.Source#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Facts</em>'.
	 * @see org.wasmpart.model.Source#getFacts()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Facts();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.wasmpart.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Source#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.wasmpart.model.Source#getSection()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Source#isVerified <em>Verified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified</em>'.
	 * @see org.wasmpart.model.Source#isVerified()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Verified();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Source#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.wasmpart.model.Source#getNote()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Note();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see org.wasmpart.model.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Catalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wasmpart.model.Catalog#getName()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Catalog#getBoards <em>Boards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boards</em>'.
	 * @see org.wasmpart.model.Catalog#getBoards()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Boards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Catalog#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see org.wasmpart.model.Catalog#getProfiles()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Profiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Catalog#getRuntimes <em>Runtimes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runtimes</em>'.
	 * @see org.wasmpart.model.Catalog#getRuntimes()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Runtimes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Catalog#getMemoryOptions <em>Memory Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memory Options</em>'.
	 * @see org.wasmpart.model.Catalog#getMemoryOptions()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_MemoryOptions();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Board <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Board</em>'.
	 * @see org.wasmpart.model.Board
	 * @generated
	 */
	EClass getBoard();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Board#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.wasmpart.model.Board#getVendor()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Board#getPart <em>Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part</em>'.
	 * @see org.wasmpart.model.Board#getPart()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Part();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Board#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cores</em>'.
	 * @see org.wasmpart.model.Board#getCores()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Cores();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Board#getBanks <em>Banks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Banks</em>'.
	 * @see org.wasmpart.model.Board#getBanks()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Banks();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Core <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Core</em>'.
	 * @see org.wasmpart.model.Core
	 * @generated
	 */
	EClass getCore();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Core#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.wasmpart.model.Core#getArchitecture()
	 * @see #getCore()
	 * @generated
	 */
	EAttribute getCore_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Core#getCpu <em>Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu</em>'.
	 * @see org.wasmpart.model.Core#getCpu()
	 * @see #getCore()
	 * @generated
	 */
	EAttribute getCore_Cpu();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Core#getProtectionUnits <em>Protection Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protection Units</em>'.
	 * @see org.wasmpart.model.Core#getProtectionUnits()
	 * @see #getCore()
	 * @generated
	 */
	EReference getCore_ProtectionUnits();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.ProtectionUnit <em>Protection Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protection Unit</em>'.
	 * @see org.wasmpart.model.ProtectionUnit
	 * @generated
	 */
	EClass getProtectionUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getKind()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getSecurityState <em>Security State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security State</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getSecurityState()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_SecurityState();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getEntryCount <em>Entry Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry Count</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getEntryCount()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_EntryCount();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getLockedEntries <em>Locked Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked Entries</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getLockedEntries()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_LockedEntries();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getMinRegionSize <em>Min Region Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Region Size</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getMinRegionSize()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_MinRegionSize();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getGranularity <em>Granularity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granularity</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getGranularity()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_Granularity();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getSubregions <em>Subregions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subregions</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getSubregions()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_Subregions();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getOverlap <em>Overlap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overlap</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getOverlap()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_Overlap();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#isNa4 <em>Na4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Na4</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#isNa4()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_Na4();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#isTorSupported <em>Tor Supported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tor Supported</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#isTorSupported()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_TorSupported();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#isSmepmp <em>Smepmp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smepmp</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#isSmepmp()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_Smepmp();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ProtectionUnit#getPageSize <em>Page Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Size</em>'.
	 * @see org.wasmpart.model.ProtectionUnit#getPageSize()
	 * @see #getProtectionUnit()
	 * @generated
	 */
	EAttribute getProtectionUnit_PageSize();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.MemoryBank <em>Memory Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Bank</em>'.
	 * @see org.wasmpart.model.MemoryBank
	 * @generated
	 */
	EClass getMemoryBank();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryBank#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wasmpart.model.MemoryBank#getKind()
	 * @see #getMemoryBank()
	 * @generated
	 */
	EAttribute getMemoryBank_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryBank#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.wasmpart.model.MemoryBank#getBase()
	 * @see #getMemoryBank()
	 * @generated
	 */
	EAttribute getMemoryBank_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryBank#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.wasmpart.model.MemoryBank#getSize()
	 * @see #getMemoryBank()
	 * @generated
	 */
	EAttribute getMemoryBank_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryBank#isExecutable <em>Executable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Executable</em>'.
	 * @see org.wasmpart.model.MemoryBank#isExecutable()
	 * @see #getMemoryBank()
	 * @generated
	 */
	EAttribute getMemoryBank_Executable();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.ReservedEntryProfile <em>Reserved Entry Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reserved Entry Profile</em>'.
	 * @see org.wasmpart.model.ReservedEntryProfile
	 * @generated
	 */
	EClass getReservedEntryProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ReservedEntryProfile#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wasmpart.model.ReservedEntryProfile#getKind()
	 * @see #getReservedEntryProfile()
	 * @generated
	 */
	EAttribute getReservedEntryProfile_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.ReservedEntryProfile#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.wasmpart.model.ReservedEntryProfile#getEntries()
	 * @see #getReservedEntryProfile()
	 * @generated
	 */
	EReference getReservedEntryProfile_Entries();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.ReservedEntry <em>Reserved Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reserved Entry</em>'.
	 * @see org.wasmpart.model.ReservedEntry
	 * @generated
	 */
	EClass getReservedEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ReservedEntry#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.wasmpart.model.ReservedEntry#getPurpose()
	 * @see #getReservedEntry()
	 * @generated
	 */
	EAttribute getReservedEntry_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ReservedEntry#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.wasmpart.model.ReservedEntry#getCount()
	 * @see #getReservedEntry()
	 * @generated
	 */
	EAttribute getReservedEntry_Count();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.ReservedEntry#getAppliesTo <em>Applies To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Applies To</em>'.
	 * @see org.wasmpart.model.ReservedEntry#getAppliesTo()
	 * @see #getReservedEntry()
	 * @generated
	 */
	EAttribute getReservedEntry_AppliesTo();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.ReservedEntry#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.wasmpart.model.ReservedEntry#getNote()
	 * @see #getReservedEntry()
	 * @generated
	 */
	EAttribute getReservedEntry_Note();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.ReservedEntry#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.wasmpart.model.ReservedEntry#getRegion()
	 * @see #getReservedEntry()
	 * @generated
	 */
	EReference getReservedEntry_Region();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.RuntimeProfile <em>Runtime Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Runtime Profile</em>'.
	 * @see org.wasmpart.model.RuntimeProfile
	 * @generated
	 */
	EClass getRuntimeProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.RuntimeProfile#getRuntime <em>Runtime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runtime</em>'.
	 * @see org.wasmpart.model.RuntimeProfile#getRuntime()
	 * @see #getRuntimeProfile()
	 * @generated
	 */
	EAttribute getRuntimeProfile_Runtime();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.RuntimeProfile#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.wasmpart.model.RuntimeProfile#getVersion()
	 * @see #getRuntimeProfile()
	 * @generated
	 */
	EAttribute getRuntimeProfile_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.RuntimeProfile#getExecutionMode <em>Execution Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Execution Mode</em>'.
	 * @see org.wasmpart.model.RuntimeProfile#getExecutionMode()
	 * @see #getRuntimeProfile()
	 * @generated
	 */
	EAttribute getRuntimeProfile_ExecutionMode();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.RuntimeProfile#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.wasmpart.model.RuntimeProfile#getFeatures()
	 * @see #getRuntimeProfile()
	 * @generated
	 */
	EAttribute getRuntimeProfile_Features();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.RuntimeProfile#getCapabilities <em>Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Capabilities</em>'.
	 * @see org.wasmpart.model.RuntimeProfile#getCapabilities()
	 * @see #getRuntimeProfile()
	 * @generated
	 */
	EAttribute getRuntimeProfile_Capabilities();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.RuntimeProfile#getPageSize <em>Page Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Size</em>'.
	 * @see org.wasmpart.model.RuntimeProfile#getPageSize()
	 * @see #getRuntimeProfile()
	 * @generated
	 */
	EAttribute getRuntimeProfile_PageSize();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.MemoryOption <em>Memory Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Option</em>'.
	 * @see org.wasmpart.model.MemoryOption
	 * @generated
	 */
	EClass getMemoryOption();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#getMaturity <em>Maturity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maturity</em>'.
	 * @see org.wasmpart.model.MemoryOption#getMaturity()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_Maturity();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#isSharing <em>Sharing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sharing</em>'.
	 * @see org.wasmpart.model.MemoryOption#isSharing()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_Sharing();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#getEnforcement <em>Enforcement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enforcement</em>'.
	 * @see org.wasmpart.model.MemoryOption#getEnforcement()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_Enforcement();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.MemoryOption#getProtectionKinds <em>Protection Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Protection Kinds</em>'.
	 * @see org.wasmpart.model.MemoryOption#getProtectionKinds()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_ProtectionKinds();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.MemoryOption#getRuntimes <em>Runtimes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Runtimes</em>'.
	 * @see org.wasmpart.model.MemoryOption#getRuntimes()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_Runtimes();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.MemoryOption#getRequiredCapabilities <em>Required Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Capabilities</em>'.
	 * @see org.wasmpart.model.MemoryOption#getRequiredCapabilities()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_RequiredCapabilities();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.MemoryOption#getRequiredFeatures <em>Required Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Features</em>'.
	 * @see org.wasmpart.model.MemoryOption#getRequiredFeatures()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_RequiredFeatures();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#getMinRegionSize <em>Min Region Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Region Size</em>'.
	 * @see org.wasmpart.model.MemoryOption#getMinRegionSize()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_MinRegionSize();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#getMaxRegionSize <em>Max Region Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Region Size</em>'.
	 * @see org.wasmpart.model.MemoryOption#getMaxRegionSize()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_MaxRegionSize();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#isRoundsToRuntimePage <em>Rounds To Runtime Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rounds To Runtime Page</em>'.
	 * @see org.wasmpart.model.MemoryOption#isRoundsToRuntimePage()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_RoundsToRuntimePage();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#getMaxPerInstance <em>Max Per Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Per Instance</em>'.
	 * @see org.wasmpart.model.MemoryOption#getMaxPerInstance()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_MaxPerInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.MemoryOption#isPerModuleReadOnly <em>Per Module Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Module Read Only</em>'.
	 * @see org.wasmpart.model.MemoryOption#isPerModuleReadOnly()
	 * @see #getMemoryOption()
	 * @generated
	 */
	EAttribute getMemoryOption_PerModuleReadOnly();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Design <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Design</em>'.
	 * @see org.wasmpart.model.Design
	 * @generated
	 */
	EClass getDesign();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.Design#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Board</em>'.
	 * @see org.wasmpart.model.Design#getBoard()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Board();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.Design#getCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Core</em>'.
	 * @see org.wasmpart.model.Design#getCore()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Core();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.Design#getRuntime <em>Runtime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Runtime</em>'.
	 * @see org.wasmpart.model.Design#getRuntime()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Runtime();

	/**
	 * Returns the meta object for the reference list '{@link org.wasmpart.model.Design#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Profiles</em>'.
	 * @see org.wasmpart.model.Design#getProfiles()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Profiles();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.Design#getMemoryOption <em>Memory Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Memory Option</em>'.
	 * @see org.wasmpart.model.Design#getMemoryOption()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_MemoryOption();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Design#getReservations <em>Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reservations</em>'.
	 * @see org.wasmpart.model.Design#getReservations()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Reservations();

	/**
	 * Returns the meta object for the containment reference '{@link org.wasmpart.model.Design#getDefinitions <em>Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Definitions</em>'.
	 * @see org.wasmpart.model.Design#getDefinitions()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Definitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Design#getModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modules</em>'.
	 * @see org.wasmpart.model.Design#getModules()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Modules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.Design#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.wasmpart.model.Design#getRegions()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Regions();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Toolchain <em>Toolchain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Toolchain</em>'.
	 * @see org.wasmpart.model.Toolchain
	 * @generated
	 */
	EClass getToolchain();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Toolchain#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wasmpart.model.Toolchain#getKind()
	 * @see #getToolchain()
	 * @generated
	 */
	EAttribute getToolchain_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Toolchain#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.wasmpart.model.Toolchain#getVersion()
	 * @see #getToolchain()
	 * @generated
	 */
	EAttribute getToolchain_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Toolchain#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.wasmpart.model.Toolchain#getChannel()
	 * @see #getToolchain()
	 * @generated
	 */
	EAttribute getToolchain_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Toolchain#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.wasmpart.model.Toolchain#getTarget()
	 * @see #getToolchain()
	 * @generated
	 */
	EAttribute getToolchain_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Toolchain#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.wasmpart.model.Toolchain#getFlags()
	 * @see #getToolchain()
	 * @generated
	 */
	EAttribute getToolchain_Flags();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.WasmModule <em>Wasm Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wasm Module</em>'.
	 * @see org.wasmpart.model.WasmModule
	 * @generated
	 */
	EClass getWasmModule();

	/**
	 * Returns the meta object for the containment reference '{@link org.wasmpart.model.WasmModule#getToolchain <em>Toolchain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Toolchain</em>'.
	 * @see org.wasmpart.model.WasmModule#getToolchain()
	 * @see #getWasmModule()
	 * @generated
	 */
	EReference getWasmModule_Toolchain();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.WasmModule#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.wasmpart.model.WasmModule#getFeatures()
	 * @see #getWasmModule()
	 * @generated
	 */
	EAttribute getWasmModule_Features();

	/**
	 * Returns the meta object for the attribute list '{@link org.wasmpart.model.WasmModule#getDisabledFeatures <em>Disabled Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Disabled Features</em>'.
	 * @see org.wasmpart.model.WasmModule#getDisabledFeatures()
	 * @see #getWasmModule()
	 * @generated
	 */
	EAttribute getWasmModule_DisabledFeatures();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.WasmModule#getLinearMemory <em>Linear Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linear Memory</em>'.
	 * @see org.wasmpart.model.WasmModule#getLinearMemory()
	 * @see #getWasmModule()
	 * @generated
	 */
	EAttribute getWasmModule_LinearMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.WasmModule#getStack <em>Stack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stack</em>'.
	 * @see org.wasmpart.model.WasmModule#getStack()
	 * @see #getWasmModule()
	 * @generated
	 */
	EAttribute getWasmModule_Stack();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.WasmModule#getHeap <em>Heap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heap</em>'.
	 * @see org.wasmpart.model.WasmModule#getHeap()
	 * @see #getWasmModule()
	 * @generated
	 */
	EAttribute getWasmModule_Heap();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.WasmModule#getBank <em>Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bank</em>'.
	 * @see org.wasmpart.model.WasmModule#getBank()
	 * @see #getWasmModule()
	 * @generated
	 */
	EReference getWasmModule_Bank();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.WasmModule#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.wasmpart.model.WasmModule#getBase()
	 * @see #getWasmModule()
	 * @generated
	 */
	EAttribute getWasmModule_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.WasmModule#isLaidOut <em>Laid Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Laid Out</em>'.
	 * @see org.wasmpart.model.WasmModule#isLaidOut()
	 * @see #getWasmModule()
	 * @generated
	 */
	EAttribute getWasmModule_LaidOut();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.WasmModule#getGrants <em>Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Grants</em>'.
	 * @see org.wasmpart.model.WasmModule#getGrants()
	 * @see #getWasmModule()
	 * @generated
	 */
	EReference getWasmModule_Grants();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Shareable <em>Shareable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shareable</em>'.
	 * @see org.wasmpart.model.Shareable
	 * @generated
	 */
	EClass getShareable();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Shareable#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.wasmpart.model.Shareable#getSize()
	 * @see #getShareable()
	 * @generated
	 */
	EAttribute getShareable_Size();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.SharedRegion <em>Shared Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shared Region</em>'.
	 * @see org.wasmpart.model.SharedRegion
	 * @generated
	 */
	EClass getSharedRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.SharedRegion#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.wasmpart.model.SharedRegion#getBase()
	 * @see #getSharedRegion()
	 * @generated
	 */
	EAttribute getSharedRegion_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.SharedRegion#isLaidOut <em>Laid Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Laid Out</em>'.
	 * @see org.wasmpart.model.SharedRegion#isLaidOut()
	 * @see #getSharedRegion()
	 * @generated
	 */
	EAttribute getSharedRegion_LaidOut();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.SharedRegion#getBank <em>Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bank</em>'.
	 * @see org.wasmpart.model.SharedRegion#getBank()
	 * @see #getSharedRegion()
	 * @generated
	 */
	EReference getSharedRegion_Bank();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.SharedRegion#getAlignment <em>Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alignment</em>'.
	 * @see org.wasmpart.model.SharedRegion#getAlignment()
	 * @see #getSharedRegion()
	 * @generated
	 */
	EAttribute getSharedRegion_Alignment();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.SharedRegion#isResizable <em>Resizable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resizable</em>'.
	 * @see org.wasmpart.model.SharedRegion#isResizable()
	 * @see #getSharedRegion()
	 * @generated
	 */
	EAttribute getSharedRegion_Resizable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wasmpart.model.SharedRegion#getSubpartitions <em>Subpartitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subpartitions</em>'.
	 * @see org.wasmpart.model.SharedRegion#getSubpartitions()
	 * @see #getSharedRegion()
	 * @generated
	 */
	EReference getSharedRegion_Subpartitions();

	/**
	 * Returns the meta object for the containment reference '{@link org.wasmpart.model.SharedRegion#getDiscipline <em>Discipline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Discipline</em>'.
	 * @see org.wasmpart.model.SharedRegion#getDiscipline()
	 * @see #getSharedRegion()
	 * @generated
	 */
	EReference getSharedRegion_Discipline();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Subpartition <em>Subpartition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subpartition</em>'.
	 * @see org.wasmpart.model.Subpartition
	 * @generated
	 */
	EClass getSubpartition();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Subpartition#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.wasmpart.model.Subpartition#getOffset()
	 * @see #getSubpartition()
	 * @generated
	 */
	EAttribute getSubpartition_Offset();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.AccessDiscipline <em>Access Discipline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access Discipline</em>'.
	 * @see org.wasmpart.model.AccessDiscipline
	 * @generated
	 */
	EClass getAccessDiscipline();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.AccessDiscipline#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wasmpart.model.AccessDiscipline#getKind()
	 * @see #getAccessDiscipline()
	 * @generated
	 */
	EAttribute getAccessDiscipline_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.AccessDiscipline#getWriter <em>Writer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Writer</em>'.
	 * @see org.wasmpart.model.AccessDiscipline#getWriter()
	 * @see #getAccessDiscipline()
	 * @generated
	 */
	EReference getAccessDiscipline_Writer();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.AccessDiscipline#getProducer <em>Producer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Producer</em>'.
	 * @see org.wasmpart.model.AccessDiscipline#getProducer()
	 * @see #getAccessDiscipline()
	 * @generated
	 */
	EReference getAccessDiscipline_Producer();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.AccessDiscipline#getConsumer <em>Consumer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Consumer</em>'.
	 * @see org.wasmpart.model.AccessDiscipline#getConsumer()
	 * @see #getAccessDiscipline()
	 * @generated
	 */
	EReference getAccessDiscipline_Consumer();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.AccessDiscipline#getControl <em>Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control</em>'.
	 * @see org.wasmpart.model.AccessDiscipline#getControl()
	 * @see #getAccessDiscipline()
	 * @generated
	 */
	EReference getAccessDiscipline_Control();

	/**
	 * Returns the meta object for class '{@link org.wasmpart.model.Grant <em>Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grant</em>'.
	 * @see org.wasmpart.model.Grant
	 * @generated
	 */
	EClass getGrant();

	/**
	 * Returns the meta object for the container reference '{@link org.wasmpart.model.Grant#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Module</em>'.
	 * @see org.wasmpart.model.Grant#getModule()
	 * @see #getGrant()
	 * @generated
	 */
	EReference getGrant_Module();

	/**
	 * Returns the meta object for the reference '{@link org.wasmpart.model.Grant#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.wasmpart.model.Grant#getTarget()
	 * @see #getGrant()
	 * @generated
	 */
	EReference getGrant_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Grant#getPermission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Permission</em>'.
	 * @see org.wasmpart.model.Grant#getPermission()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_Permission();

	/**
	 * Returns the meta object for the attribute '{@link org.wasmpart.model.Grant#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.wasmpart.model.Grant#getRole()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_Role();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.ProtectionKind <em>Protection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protection Kind</em>'.
	 * @see org.wasmpart.model.ProtectionKind
	 * @generated
	 */
	EEnum getProtectionKind();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see org.wasmpart.model.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.SecurityState <em>Security State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security State</em>'.
	 * @see org.wasmpart.model.SecurityState
	 * @generated
	 */
	EEnum getSecurityState();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.OverlapRule <em>Overlap Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Overlap Rule</em>'.
	 * @see org.wasmpart.model.OverlapRule
	 * @generated
	 */
	EEnum getOverlapRule();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.BankKind <em>Bank Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bank Kind</em>'.
	 * @see org.wasmpart.model.BankKind
	 * @generated
	 */
	EEnum getBankKind();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permission</em>'.
	 * @see org.wasmpart.model.Permission
	 * @generated
	 */
	EEnum getPermission();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.GrantRole <em>Grant Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Grant Role</em>'.
	 * @see org.wasmpart.model.GrantRole
	 * @generated
	 */
	EEnum getGrantRole();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.DisciplineKind <em>Discipline Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Discipline Kind</em>'.
	 * @see org.wasmpart.model.DisciplineKind
	 * @generated
	 */
	EEnum getDisciplineKind();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.RuntimeKind <em>Runtime Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Runtime Kind</em>'.
	 * @see org.wasmpart.model.RuntimeKind
	 * @generated
	 */
	EEnum getRuntimeKind();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.ExecutionMode <em>Execution Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Execution Mode</em>'.
	 * @see org.wasmpart.model.ExecutionMode
	 * @generated
	 */
	EEnum getExecutionMode();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.WasmFeature <em>Wasm Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wasm Feature</em>'.
	 * @see org.wasmpart.model.WasmFeature
	 * @generated
	 */
	EEnum getWasmFeature();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.RuntimeCapability <em>Runtime Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Runtime Capability</em>'.
	 * @see org.wasmpart.model.RuntimeCapability
	 * @generated
	 */
	EEnum getRuntimeCapability();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.ToolchainKind <em>Toolchain Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Toolchain Kind</em>'.
	 * @see org.wasmpart.model.ToolchainKind
	 * @generated
	 */
	EEnum getToolchainKind();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.ReleaseChannel <em>Release Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Release Channel</em>'.
	 * @see org.wasmpart.model.ReleaseChannel
	 * @generated
	 */
	EEnum getReleaseChannel();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.ProfileKind <em>Profile Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Profile Kind</em>'.
	 * @see org.wasmpart.model.ProfileKind
	 * @generated
	 */
	EEnum getProfileKind();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.Enforcement <em>Enforcement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enforcement</em>'.
	 * @see org.wasmpart.model.Enforcement
	 * @generated
	 */
	EEnum getEnforcement();

	/**
	 * Returns the meta object for enum '{@link org.wasmpart.model.Maturity <em>Maturity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Maturity</em>'.
	 * @see org.wasmpart.model.Maturity
	 * @generated
	 */
	EEnum getMaturity();

	/**
	 * Returns the meta object for data type '<em>Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An unsigned 32-bit address held in a long (0 .. 0xFFFFFFFF), written in files as hexadecimal.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Address</em>'.
	 * @model instanceClass="long"
	 * @generated
	 */
	EDataType getAddress();

	/**
	 * Returns the meta object for data type '<em>Byte Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A size in bytes held in a long (0 .. 4 GiB inclusive), written in files as bytes or with a binary unit (64 KiB).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Byte Size</em>'.
	 * @model instanceClass="long"
	 * @generated
	 */
	EDataType getByteSize();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WasmpartFactory getWasmpartFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.IdentifiedImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__NAME = eINSTANCE.getIdentified_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__DESCRIPTION = eINSTANCE.getIdentified_Description();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.SourcedImpl <em>Sourced</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.SourcedImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSourced()
		 * @generated
		 */
		EClass SOURCED = eINSTANCE.getSourced();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCED__SOURCES = eINSTANCE.getSourced_Sources();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.SourceImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FACTS = eINSTANCE.getSource_Facts();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SECTION = eINSTANCE.getSource_Section();

		/**
		 * The meta object literal for the '<em><b>Verified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__VERIFIED = eINSTANCE.getSource_Verified();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NOTE = eINSTANCE.getSource_Note();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.CatalogImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__NAME = eINSTANCE.getCatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Boards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__BOARDS = eINSTANCE.getCatalog_Boards();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__PROFILES = eINSTANCE.getCatalog_Profiles();

		/**
		 * The meta object literal for the '<em><b>Runtimes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__RUNTIMES = eINSTANCE.getCatalog_Runtimes();

		/**
		 * The meta object literal for the '<em><b>Memory Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__MEMORY_OPTIONS = eINSTANCE.getCatalog_MemoryOptions();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.BoardImpl <em>Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.BoardImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getBoard()
		 * @generated
		 */
		EClass BOARD = eINSTANCE.getBoard();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__VENDOR = eINSTANCE.getBoard_Vendor();

		/**
		 * The meta object literal for the '<em><b>Part</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__PART = eINSTANCE.getBoard_Part();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__CORES = eINSTANCE.getBoard_Cores();

		/**
		 * The meta object literal for the '<em><b>Banks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__BANKS = eINSTANCE.getBoard_Banks();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.CoreImpl <em>Core</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.CoreImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getCore()
		 * @generated
		 */
		EClass CORE = eINSTANCE.getCore();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORE__ARCHITECTURE = eINSTANCE.getCore_Architecture();

		/**
		 * The meta object literal for the '<em><b>Cpu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORE__CPU = eINSTANCE.getCore_Cpu();

		/**
		 * The meta object literal for the '<em><b>Protection Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORE__PROTECTION_UNITS = eINSTANCE.getCore_ProtectionUnits();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.ProtectionUnitImpl <em>Protection Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.ProtectionUnitImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getProtectionUnit()
		 * @generated
		 */
		EClass PROTECTION_UNIT = eINSTANCE.getProtectionUnit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__KIND = eINSTANCE.getProtectionUnit_Kind();

		/**
		 * The meta object literal for the '<em><b>Security State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__SECURITY_STATE = eINSTANCE.getProtectionUnit_SecurityState();

		/**
		 * The meta object literal for the '<em><b>Entry Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__ENTRY_COUNT = eINSTANCE.getProtectionUnit_EntryCount();

		/**
		 * The meta object literal for the '<em><b>Locked Entries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__LOCKED_ENTRIES = eINSTANCE.getProtectionUnit_LockedEntries();

		/**
		 * The meta object literal for the '<em><b>Min Region Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__MIN_REGION_SIZE = eINSTANCE.getProtectionUnit_MinRegionSize();

		/**
		 * The meta object literal for the '<em><b>Granularity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__GRANULARITY = eINSTANCE.getProtectionUnit_Granularity();

		/**
		 * The meta object literal for the '<em><b>Subregions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__SUBREGIONS = eINSTANCE.getProtectionUnit_Subregions();

		/**
		 * The meta object literal for the '<em><b>Overlap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__OVERLAP = eINSTANCE.getProtectionUnit_Overlap();

		/**
		 * The meta object literal for the '<em><b>Na4</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__NA4 = eINSTANCE.getProtectionUnit_Na4();

		/**
		 * The meta object literal for the '<em><b>Tor Supported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__TOR_SUPPORTED = eINSTANCE.getProtectionUnit_TorSupported();

		/**
		 * The meta object literal for the '<em><b>Smepmp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__SMEPMP = eINSTANCE.getProtectionUnit_Smepmp();

		/**
		 * The meta object literal for the '<em><b>Page Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTECTION_UNIT__PAGE_SIZE = eINSTANCE.getProtectionUnit_PageSize();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.MemoryBankImpl <em>Memory Bank</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.MemoryBankImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getMemoryBank()
		 * @generated
		 */
		EClass MEMORY_BANK = eINSTANCE.getMemoryBank();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_BANK__KIND = eINSTANCE.getMemoryBank_Kind();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_BANK__BASE = eINSTANCE.getMemoryBank_Base();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_BANK__SIZE = eINSTANCE.getMemoryBank_Size();

		/**
		 * The meta object literal for the '<em><b>Executable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_BANK__EXECUTABLE = eINSTANCE.getMemoryBank_Executable();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.ReservedEntryProfileImpl <em>Reserved Entry Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.ReservedEntryProfileImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getReservedEntryProfile()
		 * @generated
		 */
		EClass RESERVED_ENTRY_PROFILE = eINSTANCE.getReservedEntryProfile();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVED_ENTRY_PROFILE__KIND = eINSTANCE.getReservedEntryProfile_Kind();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESERVED_ENTRY_PROFILE__ENTRIES = eINSTANCE.getReservedEntryProfile_Entries();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.ReservedEntryImpl <em>Reserved Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.ReservedEntryImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getReservedEntry()
		 * @generated
		 */
		EClass RESERVED_ENTRY = eINSTANCE.getReservedEntry();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVED_ENTRY__PURPOSE = eINSTANCE.getReservedEntry_Purpose();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVED_ENTRY__COUNT = eINSTANCE.getReservedEntry_Count();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVED_ENTRY__APPLIES_TO = eINSTANCE.getReservedEntry_AppliesTo();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVED_ENTRY__NOTE = eINSTANCE.getReservedEntry_Note();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESERVED_ENTRY__REGION = eINSTANCE.getReservedEntry_Region();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.RuntimeProfileImpl <em>Runtime Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.RuntimeProfileImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getRuntimeProfile()
		 * @generated
		 */
		EClass RUNTIME_PROFILE = eINSTANCE.getRuntimeProfile();

		/**
		 * The meta object literal for the '<em><b>Runtime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PROFILE__RUNTIME = eINSTANCE.getRuntimeProfile_Runtime();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PROFILE__VERSION = eINSTANCE.getRuntimeProfile_Version();

		/**
		 * The meta object literal for the '<em><b>Execution Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PROFILE__EXECUTION_MODE = eINSTANCE.getRuntimeProfile_ExecutionMode();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PROFILE__FEATURES = eINSTANCE.getRuntimeProfile_Features();

		/**
		 * The meta object literal for the '<em><b>Capabilities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PROFILE__CAPABILITIES = eINSTANCE.getRuntimeProfile_Capabilities();

		/**
		 * The meta object literal for the '<em><b>Page Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PROFILE__PAGE_SIZE = eINSTANCE.getRuntimeProfile_PageSize();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.MemoryOptionImpl <em>Memory Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.MemoryOptionImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getMemoryOption()
		 * @generated
		 */
		EClass MEMORY_OPTION = eINSTANCE.getMemoryOption();

		/**
		 * The meta object literal for the '<em><b>Maturity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__MATURITY = eINSTANCE.getMemoryOption_Maturity();

		/**
		 * The meta object literal for the '<em><b>Sharing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__SHARING = eINSTANCE.getMemoryOption_Sharing();

		/**
		 * The meta object literal for the '<em><b>Enforcement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__ENFORCEMENT = eINSTANCE.getMemoryOption_Enforcement();

		/**
		 * The meta object literal for the '<em><b>Protection Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__PROTECTION_KINDS = eINSTANCE.getMemoryOption_ProtectionKinds();

		/**
		 * The meta object literal for the '<em><b>Runtimes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__RUNTIMES = eINSTANCE.getMemoryOption_Runtimes();

		/**
		 * The meta object literal for the '<em><b>Required Capabilities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__REQUIRED_CAPABILITIES = eINSTANCE.getMemoryOption_RequiredCapabilities();

		/**
		 * The meta object literal for the '<em><b>Required Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__REQUIRED_FEATURES = eINSTANCE.getMemoryOption_RequiredFeatures();

		/**
		 * The meta object literal for the '<em><b>Min Region Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__MIN_REGION_SIZE = eINSTANCE.getMemoryOption_MinRegionSize();

		/**
		 * The meta object literal for the '<em><b>Max Region Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__MAX_REGION_SIZE = eINSTANCE.getMemoryOption_MaxRegionSize();

		/**
		 * The meta object literal for the '<em><b>Rounds To Runtime Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE = eINSTANCE.getMemoryOption_RoundsToRuntimePage();

		/**
		 * The meta object literal for the '<em><b>Max Per Instance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__MAX_PER_INSTANCE = eINSTANCE.getMemoryOption_MaxPerInstance();

		/**
		 * The meta object literal for the '<em><b>Per Module Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_OPTION__PER_MODULE_READ_ONLY = eINSTANCE.getMemoryOption_PerModuleReadOnly();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.DesignImpl <em>Design</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.DesignImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getDesign()
		 * @generated
		 */
		EClass DESIGN = eINSTANCE.getDesign();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__BOARD = eINSTANCE.getDesign_Board();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__CORE = eINSTANCE.getDesign_Core();

		/**
		 * The meta object literal for the '<em><b>Runtime</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__RUNTIME = eINSTANCE.getDesign_Runtime();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__PROFILES = eINSTANCE.getDesign_Profiles();

		/**
		 * The meta object literal for the '<em><b>Memory Option</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__MEMORY_OPTION = eINSTANCE.getDesign_MemoryOption();

		/**
		 * The meta object literal for the '<em><b>Reservations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__RESERVATIONS = eINSTANCE.getDesign_Reservations();

		/**
		 * The meta object literal for the '<em><b>Definitions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__DEFINITIONS = eINSTANCE.getDesign_Definitions();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__MODULES = eINSTANCE.getDesign_Modules();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__REGIONS = eINSTANCE.getDesign_Regions();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.ToolchainImpl <em>Toolchain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.ToolchainImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getToolchain()
		 * @generated
		 */
		EClass TOOLCHAIN = eINSTANCE.getToolchain();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLCHAIN__KIND = eINSTANCE.getToolchain_Kind();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLCHAIN__VERSION = eINSTANCE.getToolchain_Version();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLCHAIN__CHANNEL = eINSTANCE.getToolchain_Channel();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLCHAIN__TARGET = eINSTANCE.getToolchain_Target();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLCHAIN__FLAGS = eINSTANCE.getToolchain_Flags();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.WasmModuleImpl <em>Wasm Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.WasmModuleImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getWasmModule()
		 * @generated
		 */
		EClass WASM_MODULE = eINSTANCE.getWasmModule();

		/**
		 * The meta object literal for the '<em><b>Toolchain</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WASM_MODULE__TOOLCHAIN = eINSTANCE.getWasmModule_Toolchain();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WASM_MODULE__FEATURES = eINSTANCE.getWasmModule_Features();

		/**
		 * The meta object literal for the '<em><b>Disabled Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WASM_MODULE__DISABLED_FEATURES = eINSTANCE.getWasmModule_DisabledFeatures();

		/**
		 * The meta object literal for the '<em><b>Linear Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WASM_MODULE__LINEAR_MEMORY = eINSTANCE.getWasmModule_LinearMemory();

		/**
		 * The meta object literal for the '<em><b>Stack</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WASM_MODULE__STACK = eINSTANCE.getWasmModule_Stack();

		/**
		 * The meta object literal for the '<em><b>Heap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WASM_MODULE__HEAP = eINSTANCE.getWasmModule_Heap();

		/**
		 * The meta object literal for the '<em><b>Bank</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WASM_MODULE__BANK = eINSTANCE.getWasmModule_Bank();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WASM_MODULE__BASE = eINSTANCE.getWasmModule_Base();

		/**
		 * The meta object literal for the '<em><b>Laid Out</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WASM_MODULE__LAID_OUT = eINSTANCE.getWasmModule_LaidOut();

		/**
		 * The meta object literal for the '<em><b>Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WASM_MODULE__GRANTS = eINSTANCE.getWasmModule_Grants();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.ShareableImpl <em>Shareable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.ShareableImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getShareable()
		 * @generated
		 */
		EClass SHAREABLE = eINSTANCE.getShareable();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAREABLE__SIZE = eINSTANCE.getShareable_Size();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.SharedRegionImpl <em>Shared Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.SharedRegionImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSharedRegion()
		 * @generated
		 */
		EClass SHARED_REGION = eINSTANCE.getSharedRegion();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_REGION__BASE = eINSTANCE.getSharedRegion_Base();

		/**
		 * The meta object literal for the '<em><b>Laid Out</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_REGION__LAID_OUT = eINSTANCE.getSharedRegion_LaidOut();

		/**
		 * The meta object literal for the '<em><b>Bank</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_REGION__BANK = eINSTANCE.getSharedRegion_Bank();

		/**
		 * The meta object literal for the '<em><b>Alignment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_REGION__ALIGNMENT = eINSTANCE.getSharedRegion_Alignment();

		/**
		 * The meta object literal for the '<em><b>Resizable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_REGION__RESIZABLE = eINSTANCE.getSharedRegion_Resizable();

		/**
		 * The meta object literal for the '<em><b>Subpartitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_REGION__SUBPARTITIONS = eINSTANCE.getSharedRegion_Subpartitions();

		/**
		 * The meta object literal for the '<em><b>Discipline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_REGION__DISCIPLINE = eINSTANCE.getSharedRegion_Discipline();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.SubpartitionImpl <em>Subpartition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.SubpartitionImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSubpartition()
		 * @generated
		 */
		EClass SUBPARTITION = eINSTANCE.getSubpartition();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBPARTITION__OFFSET = eINSTANCE.getSubpartition_Offset();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.AccessDisciplineImpl <em>Access Discipline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.AccessDisciplineImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getAccessDiscipline()
		 * @generated
		 */
		EClass ACCESS_DISCIPLINE = eINSTANCE.getAccessDiscipline();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_DISCIPLINE__KIND = eINSTANCE.getAccessDiscipline_Kind();

		/**
		 * The meta object literal for the '<em><b>Writer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_DISCIPLINE__WRITER = eINSTANCE.getAccessDiscipline_Writer();

		/**
		 * The meta object literal for the '<em><b>Producer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_DISCIPLINE__PRODUCER = eINSTANCE.getAccessDiscipline_Producer();

		/**
		 * The meta object literal for the '<em><b>Consumer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_DISCIPLINE__CONSUMER = eINSTANCE.getAccessDiscipline_Consumer();

		/**
		 * The meta object literal for the '<em><b>Control</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_DISCIPLINE__CONTROL = eINSTANCE.getAccessDiscipline_Control();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.impl.GrantImpl <em>Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.GrantImpl
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getGrant()
		 * @generated
		 */
		EClass GRANT = eINSTANCE.getGrant();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRANT__MODULE = eINSTANCE.getGrant_Module();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRANT__TARGET = eINSTANCE.getGrant_Target();

		/**
		 * The meta object literal for the '<em><b>Permission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__PERMISSION = eINSTANCE.getGrant_Permission();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__ROLE = eINSTANCE.getGrant_Role();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.ProtectionKind <em>Protection Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.ProtectionKind
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getProtectionKind()
		 * @generated
		 */
		EEnum PROTECTION_KIND = eINSTANCE.getProtectionKind();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.Architecture
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.SecurityState <em>Security State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.SecurityState
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getSecurityState()
		 * @generated
		 */
		EEnum SECURITY_STATE = eINSTANCE.getSecurityState();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.OverlapRule <em>Overlap Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.OverlapRule
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getOverlapRule()
		 * @generated
		 */
		EEnum OVERLAP_RULE = eINSTANCE.getOverlapRule();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.BankKind <em>Bank Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.BankKind
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getBankKind()
		 * @generated
		 */
		EEnum BANK_KIND = eINSTANCE.getBankKind();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.Permission <em>Permission</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.Permission
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getPermission()
		 * @generated
		 */
		EEnum PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.GrantRole <em>Grant Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.GrantRole
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getGrantRole()
		 * @generated
		 */
		EEnum GRANT_ROLE = eINSTANCE.getGrantRole();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.DisciplineKind <em>Discipline Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.DisciplineKind
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getDisciplineKind()
		 * @generated
		 */
		EEnum DISCIPLINE_KIND = eINSTANCE.getDisciplineKind();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.RuntimeKind <em>Runtime Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.RuntimeKind
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getRuntimeKind()
		 * @generated
		 */
		EEnum RUNTIME_KIND = eINSTANCE.getRuntimeKind();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.ExecutionMode <em>Execution Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.ExecutionMode
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getExecutionMode()
		 * @generated
		 */
		EEnum EXECUTION_MODE = eINSTANCE.getExecutionMode();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.WasmFeature <em>Wasm Feature</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.WasmFeature
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getWasmFeature()
		 * @generated
		 */
		EEnum WASM_FEATURE = eINSTANCE.getWasmFeature();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.RuntimeCapability <em>Runtime Capability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.RuntimeCapability
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getRuntimeCapability()
		 * @generated
		 */
		EEnum RUNTIME_CAPABILITY = eINSTANCE.getRuntimeCapability();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.ToolchainKind <em>Toolchain Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.ToolchainKind
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getToolchainKind()
		 * @generated
		 */
		EEnum TOOLCHAIN_KIND = eINSTANCE.getToolchainKind();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.ReleaseChannel <em>Release Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.ReleaseChannel
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getReleaseChannel()
		 * @generated
		 */
		EEnum RELEASE_CHANNEL = eINSTANCE.getReleaseChannel();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.ProfileKind <em>Profile Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.ProfileKind
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getProfileKind()
		 * @generated
		 */
		EEnum PROFILE_KIND = eINSTANCE.getProfileKind();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.Enforcement <em>Enforcement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.Enforcement
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getEnforcement()
		 * @generated
		 */
		EEnum ENFORCEMENT = eINSTANCE.getEnforcement();

		/**
		 * The meta object literal for the '{@link org.wasmpart.model.Maturity <em>Maturity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.Maturity
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getMaturity()
		 * @generated
		 */
		EEnum MATURITY = eINSTANCE.getMaturity();

		/**
		 * The meta object literal for the '<em>Address</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getAddress()
		 * @generated
		 */
		EDataType ADDRESS = eINSTANCE.getAddress();

		/**
		 * The meta object literal for the '<em>Byte Size</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wasmpart.model.impl.WasmpartPackageImpl#getByteSize()
		 * @generated
		 */
		EDataType BYTE_SIZE = eINSTANCE.getByteSize();

	}

} //WasmpartPackage
