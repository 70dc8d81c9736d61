window.LIBRO_BUSQUEDA.recibir("t-tr",{"trabaj":[2,[0,1,0,1,1,1,1,10]]});
