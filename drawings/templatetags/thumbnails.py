from django import template

from drawings.thumbnails import data_uri

register = template.Library()


@register.filter
def thumbnail(features):
    """`{{ sample.features|thumbnail }}`: the drawing as a data: URI for an <img src>."""
    return data_uri(features)
