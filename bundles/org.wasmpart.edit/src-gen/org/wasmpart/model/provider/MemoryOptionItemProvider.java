/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage;

/**
 * This is the item provider adapter for a {@link org.wasmpart.model.MemoryOption} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MemoryOptionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemoryOptionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addMaturityPropertyDescriptor(object);
			addSharingPropertyDescriptor(object);
			addEnforcementPropertyDescriptor(object);
			addProtectionKindsPropertyDescriptor(object);
			addRuntimesPropertyDescriptor(object);
			addRequiredCapabilitiesPropertyDescriptor(object);
			addRequiredFeaturesPropertyDescriptor(object);
			addMinRegionSizePropertyDescriptor(object);
			addMaxRegionSizePropertyDescriptor(object);
			addRoundsToRuntimePagePropertyDescriptor(object);
			addMaxPerInstancePropertyDescriptor(object);
			addPerModuleReadOnlyPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Maturity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaturityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_maturity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_maturity_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__MATURITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sharing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSharingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_sharing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_sharing_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__SHARING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Enforcement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnforcementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_enforcement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_enforcement_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__ENFORCEMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Protection Kinds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProtectionKindsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_protectionKinds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_protectionKinds_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__PROTECTION_KINDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Runtimes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRuntimesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_runtimes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_runtimes_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__RUNTIMES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Required Capabilities feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequiredCapabilitiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_requiredCapabilities_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_requiredCapabilities_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__REQUIRED_CAPABILITIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Required Features feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequiredFeaturesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_requiredFeatures_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_requiredFeatures_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__REQUIRED_FEATURES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Min Region Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinRegionSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_minRegionSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_minRegionSize_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__MIN_REGION_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Region Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxRegionSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_maxRegionSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_maxRegionSize_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__MAX_REGION_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rounds To Runtime Page feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRoundsToRuntimePagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_roundsToRuntimePage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_roundsToRuntimePage_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Per Instance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxPerInstancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_maxPerInstance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_maxPerInstance_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__MAX_PER_INSTANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Per Module Read Only feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPerModuleReadOnlyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryOption_perModuleReadOnly_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryOption_perModuleReadOnly_feature", "_UI_MemoryOption_type"),
				 WasmpartPackage.Literals.MEMORY_OPTION__PER_MODULE_READ_ONLY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(WasmpartPackage.Literals.SOURCED__SOURCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns MemoryOption.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MemoryOption"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((MemoryOption)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_MemoryOption_type") :
			getString("_UI_MemoryOption_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(MemoryOption.class)) {
			case WasmpartPackage.MEMORY_OPTION__MATURITY:
			case WasmpartPackage.MEMORY_OPTION__SHARING:
			case WasmpartPackage.MEMORY_OPTION__ENFORCEMENT:
			case WasmpartPackage.MEMORY_OPTION__PROTECTION_KINDS:
			case WasmpartPackage.MEMORY_OPTION__RUNTIMES:
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_CAPABILITIES:
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_FEATURES:
			case WasmpartPackage.MEMORY_OPTION__MIN_REGION_SIZE:
			case WasmpartPackage.MEMORY_OPTION__MAX_REGION_SIZE:
			case WasmpartPackage.MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE:
			case WasmpartPackage.MEMORY_OPTION__MAX_PER_INSTANCE:
			case WasmpartPackage.MEMORY_OPTION__PER_MODULE_READ_ONLY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WasmpartPackage.MEMORY_OPTION__SOURCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(WasmpartPackage.Literals.SOURCED__SOURCES,
				 WasmpartFactory.eINSTANCE.createSource()));
	}

}
