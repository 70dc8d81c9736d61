window.LIBRO_BUSQUEDA.recibir("s-or",["acaparador","actor","borrador","color","comprador","coordinador","facilitador","mejor","procesador","productor","proveedor","sector","valor"]);
