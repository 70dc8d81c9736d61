window.LIBRO_BUSQUEDA.recibir("t-nu",{"nuev":[2,[49,1,97,1,2,1,2,1]]});
