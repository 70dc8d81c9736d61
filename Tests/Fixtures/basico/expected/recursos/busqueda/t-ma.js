window.LIBRO_BUSQUEDA.recibir("t-ma",{"mape":[2,[3,1,4,1,4,1,4,10]]});
