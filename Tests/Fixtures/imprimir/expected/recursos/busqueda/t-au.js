window.LIBRO_BUSQUEDA.recibir("t-au",{"austin":[2,[3,1,4,1,1,1,1,1]]});
