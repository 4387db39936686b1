/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.wasmpart.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WasmpartFactoryImpl extends EFactoryImpl implements WasmpartFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static WasmpartFactory init() {
		try {
			WasmpartFactory theWasmpartFactory = (WasmpartFactory)EPackage.Registry.INSTANCE.getEFactory(WasmpartPackage.eNS_URI);
			if (theWasmpartFactory != null) {
				return theWasmpartFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new WasmpartFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WasmpartFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case WasmpartPackage.SOURCE: return createSource();
			case WasmpartPackage.CATALOG: return createCatalog();
			case WasmpartPackage.BOARD: return createBoard();
			case WasmpartPackage.CORE: return createCore();
			case WasmpartPackage.PROTECTION_UNIT: return createProtectionUnit();
			case WasmpartPackage.MEMORY_BANK: return createMemoryBank();
			case WasmpartPackage.RESERVED_ENTRY_PROFILE: return createReservedEntryProfile();
			case WasmpartPackage.RESERVED_ENTRY: return createReservedEntry();
			case WasmpartPackage.RUNTIME_PROFILE: return createRuntimeProfile();
			case WasmpartPackage.MEMORY_OPTION: return createMemoryOption();
			case WasmpartPackage.DESIGN: return createDesign();
			case WasmpartPackage.TOOLCHAIN: return createToolchain();
			case WasmpartPackage.WASM_MODULE: return createWasmModule();
			case WasmpartPackage.SHARED_REGION: return createSharedRegion();
			case WasmpartPackage.SUBPARTITION: return createSubpartition();
			case WasmpartPackage.ACCESS_DISCIPLINE: return createAccessDiscipline();
			case WasmpartPackage.GRANT: return createGrant();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case WasmpartPackage.PROTECTION_KIND:
				return createProtectionKindFromString(eDataType, initialValue);
			case WasmpartPackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case WasmpartPackage.SECURITY_STATE:
				return createSecurityStateFromString(eDataType, initialValue);
			case WasmpartPackage.OVERLAP_RULE:
				return createOverlapRuleFromString(eDataType, initialValue);
			case WasmpartPackage.BANK_KIND:
				return createBankKindFromString(eDataType, initialValue);
			case WasmpartPackage.PERMISSION:
				return createPermissionFromString(eDataType, initialValue);
			case WasmpartPackage.GRANT_ROLE:
				return createGrantRoleFromString(eDataType, initialValue);
			case WasmpartPackage.DISCIPLINE_KIND:
				return createDisciplineKindFromString(eDataType, initialValue);
			case WasmpartPackage.RUNTIME_KIND:
				return createRuntimeKindFromString(eDataType, initialValue);
			case WasmpartPackage.EXECUTION_MODE:
				return createExecutionModeFromString(eDataType, initialValue);
			case WasmpartPackage.WASM_FEATURE:
				return createWasmFeatureFromString(eDataType, initialValue);
			case WasmpartPackage.RUNTIME_CAPABILITY:
				return createRuntimeCapabilityFromString(eDataType, initialValue);
			case WasmpartPackage.TOOLCHAIN_KIND:
				return createToolchainKindFromString(eDataType, initialValue);
			case WasmpartPackage.RELEASE_CHANNEL:
				return createReleaseChannelFromString(eDataType, initialValue);
			case WasmpartPackage.PROFILE_KIND:
				return createProfileKindFromString(eDataType, initialValue);
			case WasmpartPackage.ENFORCEMENT:
				return createEnforcementFromString(eDataType, initialValue);
			case WasmpartPackage.MATURITY:
				return createMaturityFromString(eDataType, initialValue);
			case WasmpartPackage.ADDRESS:
				return createAddressFromString(eDataType, initialValue);
			case WasmpartPackage.BYTE_SIZE:
				return createByteSizeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case WasmpartPackage.PROTECTION_KIND:
				return convertProtectionKindToString(eDataType, instanceValue);
			case WasmpartPackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case WasmpartPackage.SECURITY_STATE:
				return convertSecurityStateToString(eDataType, instanceValue);
			case WasmpartPackage.OVERLAP_RULE:
				return convertOverlapRuleToString(eDataType, instanceValue);
			case WasmpartPackage.BANK_KIND:
				return convertBankKindToString(eDataType, instanceValue);
			case WasmpartPackage.PERMISSION:
				return convertPermissionToString(eDataType, instanceValue);
			case WasmpartPackage.GRANT_ROLE:
				return convertGrantRoleToString(eDataType, instanceValue);
			case WasmpartPackage.DISCIPLINE_KIND:
				return convertDisciplineKindToString(eDataType, instanceValue);
			case WasmpartPackage.RUNTIME_KIND:
				return convertRuntimeKindToString(eDataType, instanceValue);
			case WasmpartPackage.EXECUTION_MODE:
				return convertExecutionModeToString(eDataType, instanceValue);
			case WasmpartPackage.WASM_FEATURE:
				return convertWasmFeatureToString(eDataType, instanceValue);
			case WasmpartPackage.RUNTIME_CAPABILITY:
				return convertRuntimeCapabilityToString(eDataType, instanceValue);
			case WasmpartPackage.TOOLCHAIN_KIND:
				return convertToolchainKindToString(eDataType, instanceValue);
			case WasmpartPackage.RELEASE_CHANNEL:
				return convertReleaseChannelToString(eDataType, instanceValue);
			case WasmpartPackage.PROFILE_KIND:
				return convertProfileKindToString(eDataType, instanceValue);
			case WasmpartPackage.ENFORCEMENT:
				return convertEnforcementToString(eDataType, instanceValue);
			case WasmpartPackage.MATURITY:
				return convertMaturityToString(eDataType, instanceValue);
			case WasmpartPackage.ADDRESS:
				return convertAddressToString(eDataType, instanceValue);
			case WasmpartPackage.BYTE_SIZE:
				return convertByteSizeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalog createCatalog() {
		CatalogImpl catalog = new CatalogImpl();
		return catalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Board createBoard() {
		BoardImpl board = new BoardImpl();
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Core createCore() {
		CoreImpl core = new CoreImpl();
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtectionUnit createProtectionUnit() {
		ProtectionUnitImpl protectionUnit = new ProtectionUnitImpl();
		return protectionUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryBank createMemoryBank() {
		MemoryBankImpl memoryBank = new MemoryBankImpl();
		return memoryBank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReservedEntryProfile createReservedEntryProfile() {
		ReservedEntryProfileImpl reservedEntryProfile = new ReservedEntryProfileImpl();
		return reservedEntryProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReservedEntry createReservedEntry() {
		ReservedEntryImpl reservedEntry = new ReservedEntryImpl();
		return reservedEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeProfile createRuntimeProfile() {
		RuntimeProfileImpl runtimeProfile = new RuntimeProfileImpl();
		return runtimeProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryOption createMemoryOption() {
		MemoryOptionImpl memoryOption = new MemoryOptionImpl();
		return memoryOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Design createDesign() {
		DesignImpl design = new DesignImpl();
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Toolchain createToolchain() {
		ToolchainImpl toolchain = new ToolchainImpl();
		return toolchain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WasmModule createWasmModule() {
		WasmModuleImpl wasmModule = new WasmModuleImpl();
		return wasmModule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharedRegion createSharedRegion() {
		SharedRegionImpl sharedRegion = new SharedRegionImpl();
		return sharedRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subpartition createSubpartition() {
		SubpartitionImpl subpartition = new SubpartitionImpl();
		return subpartition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessDiscipline createAccessDiscipline() {
		AccessDisciplineImpl accessDiscipline = new AccessDisciplineImpl();
		return accessDiscipline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Grant createGrant() {
		GrantImpl grant = new GrantImpl();
		return grant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProtectionKind createProtectionKindFromString(EDataType eDataType, String initialValue) {
		ProtectionKind result = ProtectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityState createSecurityStateFromString(EDataType eDataType, String initialValue) {
		SecurityState result = SecurityState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSecurityStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OverlapRule createOverlapRuleFromString(EDataType eDataType, String initialValue) {
		OverlapRule result = OverlapRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOverlapRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BankKind createBankKindFromString(EDataType eDataType, String initialValue) {
		BankKind result = BankKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBankKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Permission createPermissionFromString(EDataType eDataType, String initialValue) {
		Permission result = Permission.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPermissionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GrantRole createGrantRoleFromString(EDataType eDataType, String initialValue) {
		GrantRole result = GrantRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGrantRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DisciplineKind createDisciplineKindFromString(EDataType eDataType, String initialValue) {
		DisciplineKind result = DisciplineKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDisciplineKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuntimeKind createRuntimeKindFromString(EDataType eDataType, String initialValue) {
		RuntimeKind result = RuntimeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuntimeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExecutionMode createExecutionModeFromString(EDataType eDataType, String initialValue) {
		ExecutionMode result = ExecutionMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExecutionModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WasmFeature createWasmFeatureFromString(EDataType eDataType, String initialValue) {
		WasmFeature result = WasmFeature.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWasmFeatureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuntimeCapability createRuntimeCapabilityFromString(EDataType eDataType, String initialValue) {
		RuntimeCapability result = RuntimeCapability.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuntimeCapabilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ToolchainKind createToolchainKindFromString(EDataType eDataType, String initialValue) {
		ToolchainKind result = ToolchainKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertToolchainKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReleaseChannel createReleaseChannelFromString(EDataType eDataType, String initialValue) {
		ReleaseChannel result = ReleaseChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReleaseChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProfileKind createProfileKindFromString(EDataType eDataType, String initialValue) {
		ProfileKind result = ProfileKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProfileKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enforcement createEnforcementFromString(EDataType eDataType, String initialValue) {
		Enforcement result = Enforcement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnforcementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Maturity createMaturityFromString(EDataType eDataType, String initialValue) {
		Maturity result = Maturity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMaturityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public long createAddress(final String it) {
		return org.wasmpart.model.util.Quantities.parseAddress(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createAddressFromString(EDataType eDataType, String initialValue) {
		return createAddress(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddress(final long it) {
		return org.wasmpart.model.util.Quantities.formatAddress(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : convertAddress((Long)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public long createByteSize(final String it) {
		return org.wasmpart.model.util.Quantities.parseSize(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createByteSizeFromString(EDataType eDataType, String initialValue) {
		return createByteSize(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertByteSize(final long it) {
		return org.wasmpart.model.util.Quantities.formatSize(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertByteSizeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : convertByteSize((Long)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WasmpartPackage getWasmpartPackage() {
		return (WasmpartPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static WasmpartPackage getPackage() {
		return WasmpartPackage.eINSTANCE;
	}

} //WasmpartFactoryImpl
