window.LIBRO_BUSQUEDA.recibir("t-aq",{"aqui":[2,[34,1,47,1,3,1,12,1]]});
