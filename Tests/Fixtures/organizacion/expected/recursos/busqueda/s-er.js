window.LIBRO_BUSQUEDA.recibir("s-er",["comer","exponer","financier","hacer","inter","mantener","mujer","primer","quinter","recorrer","recuper","vender","ver","viver"]);
