from django.conf import settings


def site(request):
    """Names and contact details of the council that runs this Local Offer."""
    return {
        "council_name": settings.COUNCIL_NAME,
        "site_name": settings.SITE_NAME,
        "council_contact_email": settings.COUNCIL_CONTACT_EMAIL,
        "council_contact_phone": settings.COUNCIL_CONTACT_PHONE,
        "ias_service_name": settings.IAS_SERVICE_NAME,
        "ias_service_phone": settings.IAS_SERVICE_PHONE,
        "ias_service_email": settings.IAS_SERVICE_EMAIL,
        "ias_service_url": settings.IAS_SERVICE_URL,
    }
